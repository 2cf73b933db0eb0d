#include "render/page_kinds.hpp"

namespace prongsai::kinds {

// {template, search result label}; 404 and the search page are not indexed (no label).
const PageKind home{"home", "หน้าแรก"};
const PageKind not_found{"404", ""};
const PageKind search{"search", ""};
const PageKind info{"info", "ข้อมูลเว็บไซต์"};
const PageKind organisation{"organisation", "หน่วยงาน"};
const PageKind oit{"oit", "หลักฐาน OIT"};
const PageKind plan{"plan", "แผนปฏิบัติการ"};
const PageKind plan_table{"plan-table", "ตารางแผน"};
const PageKind budget{"budget", "สรุปงบประมาณ"};
const PageKind risks{"risks", "ความเสี่ยง"};
const PageKind goals{"goals", "เป้าหมาย"};
const PageKind notes{"notes", "ข้อสังเกตข้อมูล"};
const PageKind reports{"reports", "รายงานผลการดำเนินงาน"};
const PageKind report{"report", "รายงานผลการดำเนินงาน"};
const PageKind project{"project", "โครงการ"};   // the page says which kind it is
const PageKind document{"document", "เอกสาร"};  // likewise

}  // namespace prongsai::kinds
