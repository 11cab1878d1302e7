#include "data/open_data.h"

#include "data/schemas.h"
#include "data/urls.h"
#include "model/follow_up.h"
#include "util/json_writer.h"
#include "views/context.h"

namespace cxo::data {

namespace {

void reference_ids(JsonWriter& json, const std::vector<Reference>& refs) {
  json.strings(refs, [](const Reference& ref) -> const std::string& { return ref.id; });
}

void meeting_ids(JsonWriter& json, const Site& site, const std::vector<int>& meetings) {
  json.strings(meetings, [&](int m) -> const std::string& { return site.meetings[m].id; });
}

void stage(JsonWriter& json, const std::optional<Stage>& stage) {
  if (stage) {
    json.string(to_string(*stage));
  } else {
    json.null();
  }
}

void section_url(JsonWriter& json, const Site& site, const Meeting& meeting,
                 const AgendaItem& item) {
  if (item.section_index < 0 || !meeting.communique) {
    json.null();
    return;
  }
  json.string(meeting_url(site.config, meeting,
                          meeting.communique->body.headings[item.section_index].anchor));
}

void conclusion_ids(JsonWriter& json, const Meeting& meeting, const AgendaItem& item) {
  json.begin_array();
  // Only held meetings count: a planned meeting's agenda records no outcome.
  if (meeting.held()) {
    for (const auto& conclusion : item.conclusions) json.string(conclusion.id);
  }
  json.end_array();
}

// {"title": …, "url": …, "<key>": [ one entry per item ]}
template <typename Each>
std::string document(const Site& site, const char* key, Each each_entry) {
  std::string out;
  JsonWriter json(out);
  json.begin_object();
  json.key("title").string(site.config.title);
  json.key("url").string(site.config.base_url);
  json.key(key).begin_array();
  each_entry(json);
  json.end_array();
  json.end_object();
  out += '\n';
  return out;
}

}  // namespace

std::string meetings_json(const Site& site) {
  return document(site, "meetings", [&](JsonWriter& json) {
    for (const Meeting& meeting : site.meetings) {
      json.begin_object();
      json.key("id").string(meeting.id);
      json.key("url").string(meeting_url(site.config, meeting));
      json.key("title").string(meeting.title);
      json.key("kind").string(to_string(meeting.kind));
      json.key("status").string(to_string(meeting.status));
      json.key("series").string_or_null(meeting.series);
      json.key("date").string(meeting.date.iso());
      json.key("end_date");
      if (meeting.end_date) {
        json.string(meeting.end_date->iso());
      } else {
        json.null();
      }
      json.key("year").integer(meeting.date.year);
      json.key("city").string(meeting.city);
      json.key("country").string(meeting.country);
      json.key("chair").string_or_null(meeting.chair);
      json.key("hosts");
      reference_ids(json, meeting.hosts);
      json.key("supporters");
      reference_ids(json, meeting.supporters);
      json.key("participants");
      reference_ids(json, meeting.participants);
      json.key("counts").begin_object();
      json.key("companies");
      if (meeting.counts.companies) {
        json.integer(*meeting.counts.companies);
      } else {
        json.null();
      }
      json.key("executives");
      if (meeting.counts.executives) {
        json.integer(*meeting.counts.executives);
      } else {
        json.null();
      }
      json.end_object();
      json.key("documents").begin_array();
      for (const auto& doc : meeting.documents) {
        json.begin_object();
        json.key("label").string(doc.label);
        json.key("url").string_or_null(
            absolute_link(site.config, doc.url, views::meeting_folder(meeting)));
        json.end_object();
      }
      json.end_array();
      json.key("topics").begin_array();
      for (const auto& item : meeting.topics) {
        json.begin_object();
        json.key("topic").string(item.topic.id);
        json.key("stage");
        stage(json, item.stage);
        json.key("section");
        if (item.section_index >= 0 && meeting.communique) {
          json.string(meeting.communique->body.headings[item.section_index].text);
        } else {
          json.null();
        }
        json.key("section_url");
        section_url(json, site, meeting, item);
        json.key("proposed_by");
        reference_ids(json, item.proposed_by);
        json.key("conclusions");
        conclusion_ids(json, meeting, item);
        json.end_object();
      }
      json.end_array();
      json.key("communique");
      if (meeting.communique) {
        json.begin_object();
        json.key("summary").boolean(meeting.communique->summary);
        json.key("source").string_or_null(meeting.communique->source);
        json.end_object();
      } else {
        json.null();
      }
      json.end_object();
    }
  });
}

std::string topics_json(const Site& site, const Indexes& indexes) {
  return document(site, "topics", [&](JsonWriter& json) {
    for (std::size_t t = 0; t < site.topics.size(); ++t) {
      const Topic& topic = site.topics[t];
      json.begin_object();
      json.key("id").string(topic.id);
      json.key("url").string(absolute_url(site.config, views::topic_path(topic)));
      json.key("title").string(topic.title);
      json.key("aliases").strings(topic.aliases,
                                  [](const std::string& a) -> const std::string& { return a; });
      json.key("summary").string_or_null(topic.summary_markdown);
      json.key("groups").strings(topic.groups,
                                 [](const std::string& g) -> const std::string& { return g; });
      json.key("related").strings(indexes.related[t],
                                  [&](int r) -> const std::string& { return site.topics[r].id; });
      const auto& mentions = indexes.topic_mentions[t];
      json.key("current_stage");
      if (mentions.empty()) {
        json.null();
      } else {
        const Mention& last = mentions.back();
        stage(json, site.meetings[last.meeting].topics[last.item].stage);
      }
      json.key("history").begin_array();
      for (const Mention& mention : mentions) {
        const Meeting& meeting = site.meetings[mention.meeting];
        const AgendaItem& item = meeting.topics[mention.item];
        json.begin_object();
        json.key("meeting").string(meeting.id);
        json.key("date").string(meeting.date.iso());
        json.key("stage");
        stage(json, item.stage);
        json.key("section_url");
        section_url(json, site, meeting, item);
        json.key("conclusions");
        conclusion_ids(json, meeting, item);
        json.end_object();
      }
      json.end_array();
      json.key("agendas").strings(indexes.topic_agendas[t],
                                  [&](const Mention& mention) -> const std::string& {
                                    return site.meetings[mention.meeting].id;
                                  });
      json.end_object();
    }
  });
}

std::string organizations_json(const Site& site, const Indexes& indexes) {
  return document(site, "organizations", [&](JsonWriter& json) {
    for (std::size_t o = 0; o < site.organizations.size(); ++o) {
      const Organization& org = site.organizations[o];
      const OrganizationRoles& roles = indexes.organizations[o];
      json.begin_object();
      json.key("id").string(org.id);
      json.key("url").string(absolute_url(site.config, views::organization_path(org)));
      json.key("name").string(org.name);
      json.key("short").string_or_null(org.short_name);
      json.key("aliases").strings(org.aliases,
                                  [](const std::string& a) -> const std::string& { return a; });
      json.key("country").string_or_null(org.country);
      json.key("region");
      if (org.region) {
        json.string(to_string(*org.region));
      } else {
        json.null();
      }
      json.key("membership");
      if (org.membership) {
        json.string(to_string(*org.membership));
      } else {
        json.null();
      }
      json.key("website").string_or_null(
          absolute_link(site.config, org.url, views::organization_folder(org)));
      json.key("meetings_attended").integer(static_cast<std::int64_t>(roles.attended.size()));
      json.key("first_meeting");
      if (roles.attended.empty()) {
        json.null();
      } else {
        json.string(site.meetings[roles.attended.front()].id);
      }
      json.key("last_meeting");
      if (roles.attended.empty()) {
        json.null();
      } else {
        json.string(site.meetings[roles.attended.back()].id);
      }
      json.key("attended");
      meeting_ids(json, site, roles.attended);
      json.key("hosted");
      meeting_ids(json, site, roles.hosted);
      json.key("supported");
      meeting_ids(json, site, roles.supported);
      json.key("proposed").begin_array();
      for (const Mention& mention : roles.proposed) {
        const Meeting& meeting = site.meetings[mention.meeting];
        json.begin_object();
        json.key("meeting").string(meeting.id);
        json.key("topic").string(meeting.topics[mention.item].topic.id);
        json.end_object();
      }
      json.end_array();
      json.key("agendas");
      meeting_ids(json, site, roles.planned);
      json.end_object();
    }
  });
}

std::string conclusions_json(const Site& site) {
  return document(site, "conclusions", [&](JsonWriter& json) {
    for (const Meeting& meeting : site.meetings) {
      if (!meeting.held()) continue;
      for (const auto& item : meeting.topics) {
        for (const auto& conclusion : item.conclusions) {
          json.begin_object();
          json.key("id").string(conclusion.id);
          json.key("url").string(meeting_url(site.config, meeting, "conclusion-" + conclusion.id));
          json.key("text").string(conclusion.text);
          json.key("meeting").string(meeting.id);
          json.key("date").string(meeting.date.iso());
          json.key("topic").string(item.topic.id);
          json.key("status").string(to_string(latest_status(conclusion)));
          json.key("follow_up").begin_array();
          for (const auto& step : conclusion.follow_up) {
            json.begin_object();
            json.key("date").string(step.date.iso());
            json.key("status").string(to_string(step.status));
            json.key("note").string_or_null(step.note);
            json.key("url").string_or_null(
                absolute_link(site.config, step.url, views::meeting_folder(meeting)));
            json.end_object();
          }
          json.end_array();
          json.end_object();
        }
      }
    }
  });
}

}  // namespace cxo::data
