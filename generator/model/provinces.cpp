#include "model/provinces.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "input/utf8.hpp"

namespace prongsai {
namespace {

constexpr std::array<Province, 77> kProvinces{{
    {10, "กรุงเทพมหานคร", "Bangkok"},
    {11, "สมุทรปราการ", "Samut Prakan"},
    {12, "นนทบุรี", "Nonthaburi"},
    {13, "ปทุมธานี", "Pathum Thani"},
    {14, "พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya"},
    {15, "อ่างทอง", "Ang Thong"},
    {16, "ลพบุรี", "Lop Buri"},
    {17, "สิงห์บุรี", "Sing Buri"},
    {18, "ชัยนาท", "Chai Nat"},
    {19, "สระบุรี", "Saraburi"},
    {20, "ชลบุรี", "Chon Buri"},
    {21, "ระยอง", "Rayong"},
    {22, "จันทบุรี", "Chanthaburi"},
    {23, "ตราด", "Trat"},
    {24, "ฉะเชิงเทรา", "Chachoengsao"},
    {25, "ปราจีนบุรี", "Prachin Buri"},
    {26, "นครนายก", "Nakhon Nayok"},
    {27, "สระแก้ว", "Sa Kaeo"},
    {30, "นครราชสีมา", "Nakhon Ratchasima"},
    {31, "บุรีรัมย์", "Buri Ram"},
    {32, "สุรินทร์", "Surin"},
    {33, "ศรีสะเกษ", "Si Sa Ket"},
    {34, "อุบลราชธานี", "Ubon Ratchathani"},
    {35, "ยโสธร", "Yasothon"},
    {36, "ชัยภูมิ", "Chaiyaphum"},
    {37, "อำนาจเจริญ", "Amnat Charoen"},
    {38, "บึงกาฬ", "Bueng Kan"},
    {39, "หนองบัวลำภู", "Nong Bua Lam Phu"},
    {40, "ขอนแก่น", "Khon Kaen"},
    {41, "อุดรธานี", "Udon Thani"},
    {42, "เลย", "Loei"},
    {43, "หนองคาย", "Nong Khai"},
    {44, "มหาสารคาม", "Maha Sarakham"},
    {45, "ร้อยเอ็ด", "Roi Et"},
    {46, "กาฬสินธุ์", "Kalasin"},
    {47, "สกลนคร", "Sakon Nakhon"},
    {48, "นครพนม", "Nakhon Phanom"},
    {49, "มุกดาหาร", "Mukdahan"},
    {50, "เชียงใหม่", "Chiang Mai"},
    {51, "ลำพูน", "Lamphun"},
    {52, "ลำปาง", "Lampang"},
    {53, "อุตรดิตถ์", "Uttaradit"},
    {54, "แพร่", "Phrae"},
    {55, "น่าน", "Nan"},
    {56, "พะเยา", "Phayao"},
    {57, "เชียงราย", "Chiang Rai"},
    {58, "แม่ฮ่องสอน", "Mae Hong Son"},
    {60, "นครสวรรค์", "Nakhon Sawan"},
    {61, "อุทัยธานี", "Uthai Thani"},
    {62, "กำแพงเพชร", "Kamphaeng Phet"},
    {63, "ตาก", "Tak"},
    {64, "สุโขทัย", "Sukhothai"},
    {65, "พิษณุโลก", "Phitsanulok"},
    {66, "พิจิตร", "Phichit"},
    {67, "เพชรบูรณ์", "Phetchabun"},
    {70, "ราชบุรี", "Ratchaburi"},
    {71, "กาญจนบุรี", "Kanchanaburi"},
    {72, "สุพรรณบุรี", "Suphan Buri"},
    {73, "นครปฐม", "Nakhon Pathom"},
    {74, "สมุทรสาคร", "Samut Sakhon"},
    {75, "สมุทรสงคราม", "Samut Songkhram"},
    {76, "เพชรบุรี", "Phetchaburi"},
    {77, "ประจวบคีรีขันธ์", "Prachuap Khiri Khan"},
    {80, "นครศรีธรรมราช", "Nakhon Si Thammarat"},
    {81, "กระบี่", "Krabi"},
    {82, "พังงา", "Phangnga"},
    {83, "ภูเก็ต", "Phuket"},
    {84, "สุราษฎร์ธานี", "Surat Thani"},
    {85, "ระนอง", "Ranong"},
    {86, "ชุมพร", "Chumphon"},
    {90, "สงขลา", "Songkhla"},
    {91, "สตูล", "Satun"},
    {92, "ตรัง", "Trang"},
    {93, "พัทลุง", "Phatthalung"},
    {94, "ปัตตานี", "Pattani"},
    {95, "ยะลา", "Yala"},
    {96, "นราธิวาส", "Narathiwat"},
}};

constexpr std::array<std::string_view, 7> kKinds{
    "องค์การบริหารส่วนตำบล",  "เทศบาลตำบล",   "เทศบาลเมือง", "เทศบาลนคร",
    "องค์การบริหารส่วนจังหวัด", "กรุงเทพมหานคร", "เมืองพัทยา"};
constexpr std::array<std::string_view, 7> kKindAbbreviations{"อบต.", "ทต.",  "ทม.",     "ทน.",
                                                             "อบจ.", "กทม.", "เมืองพัทยา"};

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

int letters_apart(std::u32string_view a, std::u32string_view b) {
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::span<const Province> provinces() { return kProvinces; }

const Province* find_province(std::string_view name) {
  name = trimmed(name);
  for (std::string_view prefix : {"จังหวัด", "จ."})
    if (name.starts_with(prefix)) name = trimmed(name.substr(prefix.size()));
  if (name == "กรุงเทพฯ" || name == "กรุงเทพ") name = "กรุงเทพมหานคร";
  for (const Province& p : kProvinces)
    if (p.name == name) return &p;
  return nullptr;
}

const Province* nearest_province(std::string_view name) {
  name = trimmed(name);
  for (std::string_view prefix : {"จังหวัด", "จ."})
    if (name.starts_with(prefix)) name = trimmed(name.substr(prefix.size()));
  const std::u32string wanted = utf8_to_utf32(name);
  const Province* best = nullptr;
  int best_d = 3;  // at most two letters apart
  for (const Province& p : kProvinces) {
    const int d = letters_apart(wanted, utf8_to_utf32(p.name));
    if (d < best_d) {
      best_d = d;
      best = &p;
    }
  }
  return best;
}

AddressPlace place_in_address(std::string_view address) {
  AddressPlace out;
  // the word after a marker, up to the next space
  auto word_after = [&](std::string_view marker) -> std::string_view {
    const size_t at = address.find(marker);
    if (at == std::string_view::npos) return {};
    std::string_view rest = trimmed(address.substr(at + marker.size()));
    return rest.substr(0, rest.find(' '));
  };
  if (std::string_view p = word_after("จังหวัด"); !p.empty()) out.province = find_province(p);
  if (!out.province && address.find("กรุงเทพ") != std::string_view::npos)
    out.province = find_province("กรุงเทพมหานคร");
  std::string_view d = word_after("อำเภอ");
  // Bangkok's districts are เขต; elsewhere the word also means "area" ("ในเขตเทศบาล")
  if (d.empty() && out.province && out.province->code == 10) d = word_after("เขต");
  out.district = std::string(d);
  return out;
}

std::span<const std::string_view> organisation_kinds() { return kKinds; }

std::string_view find_organisation_kind(std::string_view name) {
  name = trimmed(name);
  for (size_t i = 0; i < kKinds.size(); ++i)
    if (name == kKinds[i] || name == kKindAbbreviations[i]) return kKinds[i];
  return {};
}

}  // namespace prongsai
