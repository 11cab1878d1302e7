// Open data files and their documentation page (issue 4).
#include "data/csv_tables.h"
#include "data/open_data.h"
#include "data/schemas.h"
#include "data/urls.h"
#include "model/archive_pages.h"
#include "model/statistics.h"
#include "views/views.h"

namespace cxo::views {

namespace {

Value fields_value(const std::vector<data::FieldDoc>& fields) {
  Value::List list;
  for (const auto& field : fields) {
    Value::List values;
    for (std::size_t i = 0; i < field.values.size(); ++i) {
      values.push_back(Value(Value::Object{
          {"value", field.values[i]}, {"separator", i + 1 < field.values.size() ? ", " : "."}}));
    }
    list.push_back(Value(Value::Object{{"path", field.path},
                                       {"type", field.type},
                                       {"description", field.description},
                                       {"has_values", !values.empty()},
                                       {"values", Value(std::move(values))}}));
  }
  return Value(std::move(list));
}

Value data_page_view(const ViewContext& context) {
  const SiteConfig& config = context.site().config;
  Value::List files;
  for (const auto& file : data::json_files()) {
    files.push_back(Value(Value::Object{
        {"id", "file-" + file.name},
        {"title", file.title},
        {"description", file.description},
        {"path", "data/" + file.name + ".json"},
        {"file", file.name + ".json"},
        {"schema_path", "data/" + file.name + ".schema.json"},
        {"schema_file", file.name + ".schema.json"},
        {"fields",
         fields_value(data::document_schema(data::json_schema(file.name, config.base_url)))},
    }));
  }
  Value::List tables;
  for (const auto& file : data::csv_files()) {
    std::vector<data::FieldDoc> columns;
    for (const auto& column : file.columns) {
      columns.push_back({column.name, "text", column.description, {}});
    }
    tables.push_back(Value(Value::Object{{"id", "csv-" + file.name},
                                         {"title", file.title},
                                         {"description", file.description},
                                         {"path", "data/" + file.name + ".csv"},
                                         {"file", file.name + ".csv"},
                                         {"columns", fields_value(columns)}}));
  }
  return Value(Value::Object{
      {"page",
       context.frame(kOpenDataPage.path, kOpenDataPage.title, "data", kOpenDataPage.description)},
      {"files", Value(std::move(files))},
      {"tables", Value(std::move(tables))},
      {"base_url", config.base_url},
      {"example_address", data::is_example_address(config.base_url)},
  });
}

}  // namespace

void plan_open_data(const ViewContext& context, const SharedStatistics& statistics,
                    std::vector<PagePlan>& plans) {
  const Site& site = context.site();
  const Indexes& indexes = context.indexes();
  plans.push_back({kOpenDataPage.path, "data", [&context] { return data_page_view(context); }, {}});
  plans.push_back({"data/meetings.json", "", {}, [&site] { return data::meetings_json(site); }});
  plans.push_back(
      {"data/topics.json", "", {}, [&site, &indexes] { return data::topics_json(site, indexes); }});
  plans.push_back({"data/organizations.json", "", {}, [&site, &indexes] {
                     return data::organizations_json(site, indexes);
                   }});
  plans.push_back(
      {"data/conclusions.json", "", {}, [&site] { return data::conclusions_json(site); }});
  plans.push_back(
      {"data/participation.csv", "", {}, [&site] { return data::participation_csv(site); }});
  plans.push_back({"data/meetings.csv", "", {}, [&site, statistics] {
                     return data::meetings_csv(site, *statistics);
                   }});
  plans.push_back({"data/topic-history.csv", "", {}, [&site, &indexes] {
                     return data::topic_history_csv(site, indexes);
                   }});
  plans.push_back(
      {"data/conclusions.csv", "", {}, [&site] { return data::conclusions_csv(site); }});
  for (const auto& file : data::json_files()) {
    plans.push_back({"data/" + file.name + ".schema.json", "", {}, [&site, name = file.name] {
                       return data::json_schema(name, site.config.base_url).dump(2) + "\n";
                     }});
  }
}

}  // namespace cxo::views
