// One loader per kind of content file; load_site() walks the folders and calls these.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "model/site.hpp"

namespace prongsai {

struct ContentFile {
  std::filesystem::path path;  // to open
  std::string display;         // for diagnostics, relative to the site folder
};

// Reads a whole file; a diagnostic and nullopt when it cannot be read or is not valid UTF-8
// (located at the bad byte, column counted in characters). Lone CR line ends become LF.
// Every content and config file is read through here.
std::optional<std::string> read_content_file(const ContentFile& f, Diagnostics& d);

// A [source] file is looked for beside the content file that names it; missing is an error.
void locate_source_file(const ContentFile& f, SourceDocument& s, Diagnostics& d);

// Slugs become URL segments and folder names: lowercase ASCII letters, digits, '-', not
// starting with '-', at most kMaxSlugLength characters (URLs and paths stay usable).
inline constexpr size_t kMaxSlugLength = 100;
bool is_valid_slug(std::string_view slug);
// What is wrong with a slug, for a message; "" when it is valid.
std::string slug_problem(std::string_view slug);

// A web address as written in a URL field (organisation website, base_url): "http://…" or
// "https://…" in any letter case, returned with the scheme in lowercase, or — when bare_host is
// true — a bare host name as documents print it ("www.example.go.th", linked as https://).
// Any other scheme (javascript:, mailto:, ftp://…) or text is nullopt with a reason in *why.
std::optional<std::string> normalise_web_address(std::string_view text, bool bare_host,
                                                 std::string* why);

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
