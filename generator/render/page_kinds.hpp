// Every kind of page the site has, declared once: its template and what a search result calls
// it. Which pages of a kind exist, and their paths and titles, are their builders' business.
#pragma once

#include "render/page.hpp"

namespace prongsai::kinds {

extern const PageKind home, not_found, search, organisation, oit;
// The site's own pages: about, contact, privacy and accessibility (site-config/pages/).
extern const PageKind info;
// The national portal (render/portal_pages.cpp).
extern const PageKind portal, portal_province, portal_district, portal_year, portal_province_year,
    portal_common;
extern const PageKind plan, plan_table, budget, risks, goals, notes, reports, report, project,
    document;

}  // namespace prongsai::kinds
