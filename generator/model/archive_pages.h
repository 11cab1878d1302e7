#pragma once
// The archive's own pages that gather the rest (the indexes, the reports,
// statistics, open data): their addresses, titles and one-line
// descriptions, shared by the views that render them and by the search
// index, so that "statistics" or "follow-up" finds them.
#include <array>
#include <string>

#include "model/history.h"

namespace cxo {

struct ArchivePage {
  const char* path;
  const char* title;
  const char* description;
};

inline constexpr ArchivePage kMeetingsPage{"meetings/index.html", "Meetings",
                                           "Every CTO and CxO meeting, by year"};
inline constexpr ArchivePage kTopicsPage{"topics/index.html", "Topics",
                                         "Every topic the executives discussed, with its history"};
inline constexpr ArchivePage kOrganizationsPage{
    "organizations/index.html", "Organizations",
    "Every organization that took part, by ITU region and membership"};
inline constexpr ArchivePage kConclusionsPage{
    "conclusions/index.html", "Conclusions",
    "What the executives asked of ITU, and what became of it"};
inline constexpr ArchivePage kReportsPage{"reports/index.html", "Reports",
                                          "The reports WTSA Resolution 68 asks TSB to give TSAG"};
inline constexpr ArchivePage kFollowUpPage{
    "reports/follow-up/index.html", "Follow-up of the conclusions",
    "The follow-up report: every open and in-progress conclusion of the CTO and CxO meetings, "
    "with its trail"};
inline constexpr ArchivePage kStatisticsPage{
    "statistics/index.html", "Statistics",
    "Participation in the CTO and CxO meetings over the years: new and returning "
    "organizations, regions, topics and conclusions"};
inline constexpr ArchivePage kOpenDataPage{
    "data/index.html", "Open data",
    "The archive's meetings, topics, organizations, conclusions and participation as JSON and "
    "CSV, with JSON Schemas"};

inline constexpr std::array<ArchivePage, 8> kArchivePages = {
    kMeetingsPage, kTopicsPage,   kOrganizationsPage, kConclusionsPage,
    kReportsPage,  kFollowUpPage, kStatisticsPage,    kOpenDataPage};

// A study period's assessment (Resolution 68, resolves 12).
inline std::string period_report_path(const StudyPeriod& period) {
  return "reports/period/" + period.slug() + "/index.html";
}
inline std::string period_report_title(const StudyPeriod& period) {
  return "Study period " + period.label() + ": assessment";
}
inline std::string period_report_description(const StudyPeriod& period) {
  return "Outcomes of the CTO and CxO meetings in the " + period.label() + " study period";
}

}  // namespace cxo
