# The Thai message catalogue (issue 15, Must 1): po/th.po, compiled by GNU gettext's msgfmt into
# <build>/locale/th/LC_MESSAGES/prongsai.mo, where i18n/translate.cpp finds it beside the program
# (and under ../share/locale once installed). Included from CMakeLists.txt after the prongsai
# target is made, which depends on it so that every test runs with the catalogue in place.
find_program(MSGFMT_PROGRAM msgfmt)
if(NOT MSGFMT_PROGRAM)
  message(FATAL_ERROR "msgfmt is missing: apt-get install gettext")
endif()
set(PRONGSAI_PO_FILES ${CMAKE_SOURCE_DIR}/po/th.po)
set(PRONGSAI_LOCALE_DIR ${CMAKE_BINARY_DIR}/locale)
set(PRONGSAI_TH_CATALOGUE ${PRONGSAI_LOCALE_DIR}/th/LC_MESSAGES/prongsai.mo)
add_custom_command(
  OUTPUT ${PRONGSAI_TH_CATALOGUE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PRONGSAI_LOCALE_DIR}/th/LC_MESSAGES
  COMMAND ${MSGFMT_PROGRAM} --check -o ${PRONGSAI_TH_CATALOGUE} ${CMAKE_SOURCE_DIR}/po/th.po
  DEPENDS ${CMAKE_SOURCE_DIR}/po/th.po
  COMMENT "Compiling the Thai messages (po/th.po)"
  VERBATIM)
add_custom_target(prongsai_catalogues ALL DEPENDS ${PRONGSAI_TH_CATALOGUE})
add_dependencies(prongsai prongsai_catalogues)
