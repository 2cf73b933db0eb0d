// The second way in: an open-data archive a Prongsai site publishes (data/prongsai-open-data.zip),
// read without that site's content. Its manifest (prongsai-open-data.json, docs/open-data.md
// "The archive") lists the organisations, their plans and reports; each plan.json and
// report.json gives the figures. The result is the same portal facts organisation_facts() makes
// from the content.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "model/portal.hpp"

namespace prongsai::archive {

// The versions this reader knows. An archive or entry of another is refused, never guessed at.
inline constexpr const char* kManifestName = "prongsai-open-data.json";
inline constexpr const char* kArchiveSchema = "prongsai-open-data-1";
inline constexpr const char* kPlanSchema = "prongsai-plan-2";
inline constexpr const char* kReportSchema = "prongsai-report-2";

// Every organisation of the archive at `zip`, in the manifest's order, with `pages_here` false
// and `site` the archive's site address. Any fault — not a ZIP, no manifest, an unknown schema,
// an entry missing, not JSON, with a field missing, of the wrong type or an amount beyond
// kMaxAmountSatang — is one error "<shown_name>: <entry>: <field>: …" and gives no organisation
// at all (never half of one). `shown_name` is how messages name the archive ("archives/x.zip").
std::vector<portal::OrganisationFacts> read_archive(const std::filesystem::path& zip,
                                                    const std::string& shown_name, Diagnostics& d);

}  // namespace prongsai::archive
