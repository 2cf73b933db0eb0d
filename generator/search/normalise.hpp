// How text becomes search terms. The browser's search.js repeats every step, so a query typed
// there meets the terms built here: keep the two in step.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prongsai::search {

// Before segmentation, so that a word is one word to ICU's dictionary however it was pasted or
// extracted: invisible characters inside words (zero-width space and joiners, word joiner, soft
// hyphen, BOM) dropped; no-break, figure and narrow no-break spaces made plain spaces;
// NIKHAHIT + SARA AA is SARA AM ("ทํา" -> "ทำ", with a tone mark between: "นํ้า" -> "น้ำ"); a
// space before a Thai mark that belongs to the letter before it dropped ("ป ้อง"); a Thai mark
// typed twice counts once ("ให้้" -> "ให้"); and the words PDF fonts print wrong, as the
// importer repairs them ("ทาให้" -> "ทำให้"). tests/search/normalise.json holds the cases that
// this and search.js's repairThai must agree on.
std::string repair_thai(std::string_view utf8);
// The same on UTF-16 text (the segmenter's): the repaired text, or nullopt when nothing needs
// repair.
std::optional<std::u16string> repair_thai_units(std::u16string_view units);

// One word as the index stores it: NFKC, lower case, Thai digits as 0-9 and invisible format
// characters dropped, so "๒๕๖๖" and "2566" are the same term.
std::string normalise_word(std::string_view utf8);

// The terms of one word-like piece of text: the normalised word, except that a number loses
// its grouping commas and an all-zero fraction ("๔,๘๔๐.๐๐" -> "4840") and a list of numbers
// is split ("๒๕๖๖,๒๕๖๘" -> "2566", "2568"). Empty pieces give no terms.
std::vector<std::string> word_terms(std::string_view utf8);

// Where text must be cut before segmentation: between a Thai letter and a digit, which ICU
// keeps together ("ปี๒๕๖๖" is one piece to it), and after a dot between Thai letters, which
// ICU keeps together too ("อบต.ทุ่งทอง" is อบต.ทุ่ง + ทอง to it; cut, it is อบต + ทุ่ง + ทอง,
// as "อบต. ทุ่งทอง" and "ทุ่งทอง" are). UTF-16 offsets, ascending, without 0.
std::vector<int32_t> letter_digit_cuts(const std::u16string_view text);

// Near terms mark a forgiving match (search.js labels them คำใกล้เคียง and ranks them below
// exact ones): they end with this, which no word-like piece holds.
inline constexpr char kNearMark = '~';

// An English word in the singular by Harman's S-stemmer, the most cautious of stemmers:
// "policies" -> "policy", "ngos" -> "ngo", "scores" -> "score"; "process" and "status" stay
// (and "does" is "doe": it is a rule of letters, not a dictionary, the same on both sides).
// Lower-case a-z in, as normalise_word leaves English.
std::string singular(std::string_view word);

// English words of at least this many letters have a near term: a plural finds the singular.
inline constexpr size_t kMinLatin = 3;

// An English term's near term (of kMinLatin letters or more, a-z only): its singular, so that
// "NGOs" finds a page of "NGO" and "conflict" one of "conflicts", labelled as near matches.
// A Thai term's near terms: the term without its tone marks ("ร้องเรียน" -> "รองเรียน~"), and
// each piece at its end that begins where a Thai syllable can, at least 3 UTF-16 units long,
// as written and without tone marks ("ภูมิคุ้มกัน" -> "คุ้มกัน~", "คุมกัน~", "กัน~", …), so a
// word missing a tone mark and a piece of a longer word are found, as near matches. None for
// a term with a letter other than Thai, or longer than 30 units.
std::vector<std::string> near_terms(std::string_view term);

}  // namespace prongsai::search
