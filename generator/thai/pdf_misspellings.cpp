#include "thai/pdf_misspellings.hpp"

#include <array>

namespace prongsai::thai {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kWords{{
    {"ทาให้", "ทำให้"},
    {"ปูองกัน", "ป้องกัน"},
    {"ดาเนิน", "ดำเนิน"},
    {"จานวน", "จำนวน"},
    {"สาหรับ", "สำหรับ"},
    {"กาหนด", "กำหนด"},
    {"ประจาปี", "ประจำปี"},
    {"สานัก", "สำนัก"},
    {"สาคัญ", "สำคัญ"},
    {"ตาบล", "ตำบล"},
    {"นาไป", "นำไป"},
    {"ปูองปราม", "ป้องปราม"},
}};

}  // namespace

std::span<const std::pair<std::string_view, std::string_view>> pdf_misspellings() { return kWords; }

}  // namespace prongsai::thai
