#include "render/page_kinds.hpp"

namespace prongsai::kinds {

// {template, search result label, kind filter facet (search/facets.hpp), overview, search
// text}; 404 and the search page are not indexed (no label).
const PageKind home{"home", "หน้าแรก", "other"};
const PageKind not_found{"404", "", ""};
const PageKind search{"search", "", ""};
const PageKind info{"info", "ข้อมูลเว็บไซต์", "other"};
const PageKind organisation{"organisation", "หน่วยงาน", "other", true};
const PageKind oit{"oit", "หลักฐาน OIT", "other"};
const PageKind portal{"portal", "ภาพรวมทุกองค์กร", "other", false, false};
const PageKind portal_province{"portal", "ภาพรวมจังหวัด", "other", true, false};
const PageKind portal_district{"portal", "ภาพรวมอำเภอ", "other", true, false};
const PageKind portal_year{"portal", "การเผยแพร่แผนและรายงานรายปี", "other", false, false};
const PageKind portal_province_year{"portal", "การเผยแพร่แผนและรายงานรายปี", "other", false, false};
const PageKind portal_common{"portal", "โครงการที่พบในหลายองค์กร", "other", false, false};
const PageKind plan{"plan", "แผนปฏิบัติการ", "plan", true};
const PageKind plan_table{"plan-table", "ตารางแผน", "plan"};
const PageKind budget{"budget", "สรุปงบประมาณ", "plan"};
const PageKind risks{"risks", "ความเสี่ยง", "plan"};
const PageKind goals{"goals", "เป้าหมาย", "plan"};
const PageKind notes{"notes", "ข้อสังเกตข้อมูล", "plan"};
const PageKind reports{"reports", "รายงานผลการดำเนินงาน", "report"};
const PageKind report{"report", "รายงานผลการดำเนินงาน", "report"};
const PageKind project{"project", "โครงการ", "unstated"};   // the page says which kind it is
const PageKind document{"document", "เอกสาร", "document"};  // likewise

}  // namespace prongsai::kinds
