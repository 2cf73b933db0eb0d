// Import stage: a plan's text (what its PDF yields: tables as tab-separated rows) read into a
// PlanDraft. Whatever is placed with less than certainty, or not placed, is noted with its page
// and line; nothing is guessed silently and no figure is made up.
#pragma once

#include <optional>
#include <string>

#include "importer/document_text.hpp"
#include "importer/import_notes.hpp"
#include "importer/plan_draft.hpp"

namespace prongsai::importer {

// nullopt with *why when the text holds no plan table at all (no header row naming years).
std::optional<PlanDraft> read_plan_text(const DocumentText& doc, ImportNotes& notes,
                                        std::string* why);

// An amount, dash or ไม่ใช้งบประมาณ as the content writes a budget cell ("๒๐,๐๐๐.-",
// "20,000 บาท" → "20,000"; "–" → "-"); "" for a blank cell; nullopt when it is not a budget.
std::optional<std::string> budget_cell(const std::string& printed);

}  // namespace prongsai::importer
