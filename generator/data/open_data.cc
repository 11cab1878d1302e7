#include "data/open_data.h"

#include <map>

#include "data/schemas.h"
#include "data/urls.h"
#include "model/follow_up.h"
#include "views/context.h"

namespace cxo::data {

namespace {

Json text_or_null(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json ids(const std::vector<Reference>& refs) {
  Json list = Json::array();
  for (const auto& ref : refs) list.push_back(ref.id);
  return list;
}

Json meeting_ids(const Site& site, const std::vector<int>& meetings) {
  Json list = Json::array();
  for (int m : meetings) list.push_back(site.meetings[m].id);
  return list;
}

Json section_url(const Site& site, const Meeting& meeting, const AgendaItem& item) {
  if (item.section_index < 0 || !meeting.communique) return nullptr;
  return meeting_url(site.config, meeting,
                     meeting.communique->body.headings[item.section_index].anchor);
}

Json conclusion_ids(const Meeting& meeting, const AgendaItem& item) {
  Json list = Json::array();
  // Only held meetings count: a planned meeting's agenda records no outcome.
  if (meeting.held()) {
    for (const auto& conclusion : item.conclusions) list.push_back(conclusion.id);
  }
  return list;
}

Json document(const Site& site, const char* key, Json list) {
  Json root;
  root["title"] = site.config.title;
  root["url"] = site.config.base_url;
  root[key] = std::move(list);
  return root;
}

std::string dump(const Json& json) {
  // Replace rather than throw on invalid UTF-8 (the loader already rejects it).
  return json.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string meetings_json(const Site& site) {
  Json list = Json::array();
  for (const Meeting& meeting : site.meetings) {
    Json entry;
    entry["id"] = meeting.id;
    entry["url"] = meeting_url(site.config, meeting);
    entry["title"] = meeting.title;
    entry["kind"] = to_string(meeting.kind);
    entry["status"] = to_string(meeting.status);
    entry["series"] = text_or_null(meeting.series);
    entry["date"] = meeting.date.iso();
    entry["end_date"] = meeting.end_date ? Json(meeting.end_date->iso()) : Json(nullptr);
    entry["year"] = meeting.date.year;
    entry["city"] = meeting.city;
    entry["country"] = meeting.country;
    entry["chair"] = text_or_null(meeting.chair);
    entry["hosts"] = ids(meeting.hosts);
    entry["supporters"] = ids(meeting.supporters);
    entry["participants"] = ids(meeting.participants);
    Json counts;
    counts["companies"] =
        meeting.counts.companies ? Json(*meeting.counts.companies) : Json(nullptr);
    counts["executives"] =
        meeting.counts.executives ? Json(*meeting.counts.executives) : Json(nullptr);
    entry["counts"] = counts;
    Json documents = Json::array();
    for (const auto& doc : meeting.documents) {
      Json d;
      d["label"] = doc.label;
      d["url"] = text_or_null(doc.url);
      documents.push_back(d);
    }
    entry["documents"] = documents;
    Json topics = Json::array();
    for (const auto& item : meeting.topics) {
      Json t;
      t["topic"] = item.topic.id;
      t["stage"] = item.stage ? Json(to_string(*item.stage)) : Json(nullptr);
      t["section"] = item.section_index >= 0 && meeting.communique
                         ? Json(meeting.communique->body.headings[item.section_index].text)
                         : Json(nullptr);
      t["section_url"] = section_url(site, meeting, item);
      t["proposed_by"] = ids(item.proposed_by);
      t["conclusions"] = conclusion_ids(meeting, item);
      topics.push_back(t);
    }
    entry["topics"] = topics;
    if (meeting.communique) {
      Json c;
      c["summary"] = meeting.communique->summary;
      c["source"] = text_or_null(meeting.communique->source);
      entry["communique"] = c;
    } else {
      entry["communique"] = nullptr;
    }
    list.push_back(std::move(entry));
  }
  return dump(document(site, "meetings", std::move(list)));
}

std::string topics_json(const Site& site, const Indexes& indexes) {
  Json list = Json::array();
  for (std::size_t t = 0; t < site.topics.size(); ++t) {
    const Topic& topic = site.topics[t];
    Json entry;
    entry["id"] = topic.id;
    entry["url"] = absolute_url(site.config, views::topic_path(topic));
    entry["title"] = topic.title;
    entry["aliases"] = topic.aliases;
    entry["summary"] = text_or_null(topic.summary_markdown);
    entry["groups"] = topic.groups;
    Json related = Json::array();
    for (int r : indexes.related[t]) related.push_back(site.topics[r].id);
    entry["related"] = related;
    Json history = Json::array();
    Json current = nullptr;
    for (const Mention& mention : indexes.topic_mentions[t]) {
      const Meeting& meeting = site.meetings[mention.meeting];
      const AgendaItem& item = meeting.topics[mention.item];
      Json h;
      h["meeting"] = meeting.id;
      h["date"] = meeting.date.iso();
      h["stage"] = item.stage ? Json(to_string(*item.stage)) : Json(nullptr);
      h["section_url"] = section_url(site, meeting, item);
      h["conclusions"] = conclusion_ids(meeting, item);
      current = h["stage"];
      history.push_back(std::move(h));
    }
    entry["current_stage"] = current;
    entry["history"] = history;
    Json agendas = Json::array();
    for (const Mention& mention : indexes.topic_agendas[t]) {
      agendas.push_back(site.meetings[mention.meeting].id);
    }
    entry["agendas"] = agendas;
    list.push_back(std::move(entry));
  }
  return dump(document(site, "topics", std::move(list)));
}

std::string organizations_json(const Site& site, const Indexes& indexes) {
  Json list = Json::array();
  for (std::size_t o = 0; o < site.organizations.size(); ++o) {
    const Organization& org = site.organizations[o];
    const OrganizationRoles& roles = indexes.organizations[o];
    Json entry;
    entry["id"] = org.id;
    entry["url"] = absolute_url(site.config, views::organization_path(org));
    entry["name"] = org.name;
    entry["short"] = text_or_null(org.short_name);
    entry["aliases"] = org.aliases;
    entry["country"] = text_or_null(org.country);
    entry["region"] = org.region ? Json(to_string(*org.region)) : Json(nullptr);
    entry["membership"] = org.membership ? Json(to_string(*org.membership)) : Json(nullptr);
    entry["website"] = text_or_null(org.url);
    entry["meetings_attended"] = roles.attended.size();
    entry["first_meeting"] =
        roles.attended.empty() ? Json(nullptr) : Json(site.meetings[roles.attended.front()].id);
    entry["last_meeting"] =
        roles.attended.empty() ? Json(nullptr) : Json(site.meetings[roles.attended.back()].id);
    entry["attended"] = meeting_ids(site, roles.attended);
    entry["hosted"] = meeting_ids(site, roles.hosted);
    entry["supported"] = meeting_ids(site, roles.supported);
    Json proposed = Json::array();
    for (const Mention& mention : roles.proposed) {
      const Meeting& meeting = site.meetings[mention.meeting];
      Json p;
      p["meeting"] = meeting.id;
      p["topic"] = meeting.topics[mention.item].topic.id;
      proposed.push_back(std::move(p));
    }
    entry["proposed"] = proposed;
    entry["agendas"] = meeting_ids(site, roles.planned);
    list.push_back(std::move(entry));
  }
  return dump(document(site, "organizations", std::move(list)));
}

std::string conclusions_json(const Site& site) {
  Json list = Json::array();
  for (const Meeting& meeting : site.meetings) {
    if (!meeting.held()) continue;
    for (const auto& item : meeting.topics) {
      for (const auto& conclusion : item.conclusions) {
        Json entry;
        entry["id"] = conclusion.id;
        entry["url"] = meeting_url(site.config, meeting, "conclusion-" + conclusion.id);
        entry["text"] = conclusion.text;
        entry["meeting"] = meeting.id;
        entry["date"] = meeting.date.iso();
        entry["topic"] = item.topic.id;
        entry["status"] = to_string(latest_status(conclusion));
        Json trail = Json::array();
        for (const auto& step : conclusion.follow_up) {
          Json f;
          f["date"] = step.date.iso();
          f["status"] = to_string(step.status);
          f["note"] = text_or_null(step.note);
          f["url"] = text_or_null(step.url);
          trail.push_back(std::move(f));
        }
        entry["follow_up"] = trail;
        list.push_back(std::move(entry));
      }
    }
  }
  return dump(document(site, "conclusions", std::move(list)));
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string participation_csv(const Site& site) {
  std::string out;
  auto line = [&out](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i) out += ',';
      out += csv_field(fields[i]);
    }
    out += "\r\n";
  };
  std::vector<std::string> header;
  for (const auto& column : participation_columns()) header.push_back(column.name);
  line(header);

  for (const Meeting& meeting : site.meetings) {
    if (!meeting.held()) continue;
    auto row = [&](const Organization& org, const char* role, const std::string& topics) {
      line({meeting.id, meeting.date.iso(), std::to_string(meeting.date.year),
            to_string(meeting.kind), meeting.city, meeting.country, org.id, org.name, org.country,
            org.region ? to_string(*org.region) : "",
            org.membership ? to_string(*org.membership) : "", role, topics});
    };
    auto rows = [&](const std::vector<Reference>& refs, const char* role) {
      for (const auto& ref : refs) {
        if (ref.index >= 0) row(site.organizations[ref.index], role, "");
      }
    };
    rows(meeting.participants, "participant");
    rows(meeting.hosts, "host");
    rows(meeting.supporters, "supporter");
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
    for (int org : order) row(site.organizations[org], "proposer", topics[org]);
  }
  return out;
}

}  // namespace cxo::data
