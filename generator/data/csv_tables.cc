#include "data/csv_tables.h"

#include <map>

#include "data/schemas.h"
#include "data/urls.h"
#include "model/follow_up.h"
#include "util/byte_scan.h"

namespace cxo::data {

namespace {

void append_csv_field(std::string& out, std::string_view text) {
  static constexpr bytes::ByteSet kNeedsQuotes(",\"\r\n");
  if (kNeedsQuotes.find_in(text) == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// Appends `fields`, separated by commas.
void append_csv_fields(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view field : fields) {
    if (!first) out += ',';
    first = false;
    append_csv_field(out, field);
  }
}

// A table row by row: the header from the file's documented columns, then
// fields, each row ended by end_row().
class CsvWriter {
 public:
  explicit CsvWriter(const std::string& file) {
    for (const CsvColumn& column : csv_file(file).columns) field(column.name);
    end_row();
  }

  CsvWriter& field(std::string_view text) {
    if (!row_start_) out_ += ',';
    row_start_ = false;
    append_csv_field(out_, text);
    return *this;
  }
  CsvWriter& field(long number) { return field(std::to_string(number)); }
  // A figure the archive may not record: empty, never a zero.
  CsvWriter& field(const std::optional<long>& number) {
    return number ? field(*number) : field(std::string_view());
  }
  // Fields already joined by commas, quoted where needed.
  CsvWriter& raw(std::string_view fields) {
    if (!row_start_) out_ += ',';
    row_start_ = false;
    out_ += fields;
    return *this;
  }
  void end_row() {
    out_ += "\r\n";
    row_start_ = true;
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool row_start_ = true;
};

std::string joined_ids(const std::vector<Reference>& refs) {
  std::string ids;
  for (const Reference& ref : refs) {
    if (!ids.empty()) ids += ' ';
    ids += ref.id;
  }
  return ids;
}

}  // namespace

std::string csv_field(const std::string& text) {
  std::string out;
  append_csv_field(out, text);
  return out;
}

std::string participation_csv(const Site& site) {
  CsvWriter csv("participation");
  // A meeting's fields open each of its rows and an organization's come
  // back in every meeting it attended: each is written once.
  std::vector<std::string> organization_fields;
  organization_fields.reserve(site.organizations.size());
  for (const Organization& org : site.organizations) {
    std::string fields;
    append_csv_fields(fields,
                      {org.id, org.name, org.country, org.region ? to_string(*org.region) : "",
                       org.membership ? to_string(*org.membership) : ""});
    organization_fields.push_back(std::move(fields));
  }
  std::string meeting_fields;
  for (const Meeting& meeting : site.meetings) {
    if (!meeting.held()) continue;
    meeting_fields.clear();
    append_csv_fields(meeting_fields,
                      {meeting.id, meeting.date.iso(), std::to_string(meeting.date.year),
                       to_string(meeting.kind), meeting.city, meeting.country});
    auto row = [&](int org, std::string_view role, std::string_view topics, bool taking_part) {
      csv.raw(meeting_fields).raw(organization_fields[org]);
      csv.field(role).field(topics).field(taking_part ? "1" : "0");
      csv.end_row();
    };
    auto listed_as_participant = [&](int org) {
      for (const auto& ref : meeting.participants) {
        if (ref.index == org) return true;
      }
      return false;
    };
    for (const auto& ref : meeting.participants) {
      if (ref.index >= 0) row(ref.index, "participant", "", true);
    }
    for (const auto& ref : meeting.hosts) {
      if (ref.index >= 0) row(ref.index, "host", "", !listed_as_participant(ref.index));
    }
    for (const auto& ref : meeting.supporters) {
      if (ref.index >= 0) row(ref.index, "supporter", "", false);
    }
    // One proposer row per organization, however many topics it proposed,
    // in the order it first proposed one.
    std::vector<int> order;
    std::map<int, std::string> topics;
    for (const auto& item : meeting.topics) {
      for (const auto& ref : item.proposed_by) {
        if (ref.index < 0) continue;
        auto [it, fresh] = topics.try_emplace(ref.index);
        if (fresh) order.push_back(ref.index);
        if (!it->second.empty()) it->second += ' ';
        it->second += item.topic.id;
      }
    }
    for (int org : order) row(org, "proposer", topics[org], false);
  }
  return csv.take();
}

std::string meetings_csv(const Site& site, const Statistics& stats) {
  std::vector<const MeetingParticipation*> figures(site.meetings.size(), nullptr);
  for (const MeetingParticipation& entry : stats.meetings) figures[entry.meeting] = &entry;
  CsvWriter csv("meetings");
  for (std::size_t m = 0; m < site.meetings.size(); ++m) {
    const Meeting& meeting = site.meetings[m];
    csv.field(meeting.id).field(meeting.date.iso()).field(static_cast<long>(meeting.date.year));
    csv.field(to_string(meeting.kind)).field(to_string(meeting.status));
    csv.field(meeting.city).field(meeting.country).field(meeting.series);
    auto published = [](const std::optional<int>& count) {
      return count ? std::optional<long>(*count) : std::nullopt;
    };
    csv.field(published(meeting.counts.companies)).field(published(meeting.counts.executives));
    csv.field(meeting.participants.empty() ? "no" : "yes");
    std::optional<long> taking_part, topics, conclusions, advanced;
    if (const MeetingParticipation* entry = figures[m]) {
      if (!entry->taking_part.empty()) taking_part = static_cast<long>(entry->taking_part.size());
      if (entry->topic_count > 0) {
        topics = entry->topic_count;
        conclusions = entry->conclusion_count;
        advanced = entry->stages_advanced;
      }
    }
    csv.field(taking_part).field(topics).field(conclusions).field(advanced);
    csv.field(meeting_url(site.config, meeting));
    csv.end_row();
  }
  return csv.take();
}

std::string topic_history_csv(const Site& site, const Indexes& indexes) {
  CsvWriter csv("topic-history");
  for (std::size_t t = 0; t < site.topics.size(); ++t) {
    const Topic& topic = site.topics[t];
    for (const Mention& mention : indexes.topic_mentions[t]) {
      const Meeting& meeting = site.meetings[mention.meeting];
      const AgendaItem& item = meeting.topics[mention.item];
      csv.field(topic.id).field(topic.title);
      csv.field(meeting.id).field(meeting.date.iso()).field(static_cast<long>(meeting.date.year));
      csv.field(to_string(meeting.kind));
      csv.field(item.stage ? std::string_view(to_string(*item.stage)) : std::string_view());
      csv.field(item.stage ? std::optional<long>(static_cast<long>(*item.stage) + 1)
                           : std::nullopt);
      csv.field(joined_ids(item.proposed_by));
      csv.field(static_cast<long>(item.conclusions.size()));
      csv.end_row();
    }
  }
  return csv.take();
}

std::string conclusions_csv(const Site& site) {
  CsvWriter csv("conclusions");
  for (const Meeting& meeting : site.meetings) {
    if (!meeting.held()) continue;
    for (const auto& item : meeting.topics) {
      for (const auto& conclusion : item.conclusions) {
        const FollowUp* latest = latest_follow_up(conclusion);
        csv.field(conclusion.id).field(meeting.id).field(meeting.date.iso());
        csv.field(item.topic.id).field(conclusion.text);
        csv.field(to_string(latest_status(conclusion)));
        csv.field(latest ? latest->date.iso() : std::string());
        csv.field(static_cast<long>(conclusion.follow_up.size()));
        csv.field(meeting_url(site.config, meeting, "conclusion-" + conclusion.id));
        csv.end_row();
      }
    }
  }
  return csv.take();
}

}  // namespace cxo::data
