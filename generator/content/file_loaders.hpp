// One loader per kind of content file; load_site() walks the folders and calls these.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "input/input_file.hpp"
#include "model/site.hpp"

namespace prongsai {

// A [source] file is looked for beside the content file that names it; missing is an error.
void locate_source_file(const ContentFile& f, SourceDocument& s, Diagnostics& d);

std::optional<Organisation> load_organisation(const ContentFile& f, Diagnostics& d);
// Reads plan.toml only; projects, documents and the introduction are added after.
std::optional<Plan> load_plan(const ContentFile& f, Diagnostics& d);
std::optional<Project> load_project(const ContentFile& f, const std::string& id, const Plan& plan,
                                    Diagnostics& d);
std::optional<Document> load_document(const ContentFile& f, const std::string& id, Diagnostics& d);

// A report is checked against its organisation's plans, which must be loaded first.
std::optional<Report> load_report(const ContentFile& f, const std::string& id,
                                  const Organisation& org, Diagnostics& d);

}  // namespace prongsai
