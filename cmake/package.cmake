# Installing prongsai, and its Debian package (issue 15, Must 5), included from CMakeLists.txt
# once the prongsai target and the theme's fonts are made. The package is made from a Release
# build folder (the one that is shipped: optimised, then stripped by CPack):
#   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release
#   cmake --build build-release -j2 --target package     # -> build-release/prongsai_0.1.0_amd64.deb
# scripts/package-test.sh makes it and installs it on a fresh Debian (debootstrap) to prove it.
include(GNUInstallDirs)

# The binary. `new site` finds the theme at <exe>/../share/prongsai/themes/default
# (cli/new_content_command.cpp), so bin and share must stay siblings under one prefix.
install(TARGETS prongsai RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The default theme, which `new site` copies into every new site. Its fonts are made at
# configure time into the source tree (above) and git holds none of them, so they are named one
# by one: an install without them fails rather than ship a theme without its font.
set(PRONGSAI_THEME_DESTINATION ${CMAKE_INSTALL_DATADIR}/prongsai/themes/default)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/themes/default/ DESTINATION ${PRONGSAI_THEME_DESTINATION}
        PATTERN "fonts" EXCLUDE)
install(FILES ${THEME_FONT_DIR}/Laksaman.woff2 ${THEME_FONT_DIR}/Laksaman-Bold.woff2
        DESTINATION ${PRONGSAI_THEME_DESTINATION}/static/fonts)

# The Thai message catalogue (cmake/locale.cmake), where gettext looks under the prefix:
# share/locale/th/LC_MESSAGES/prongsai.mo (i18n/translate.cpp finds it from <exe>/../share).
install(FILES ${PRONGSAI_TH_CATALOGUE} DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/th/LC_MESSAGES)

# The manual page, docs/prongsai.1, written by hand in roff; compressed as Debian installs man
# pages (gzip -9n: no name or time stamp in the header, so the same page gives the same bytes).
file(STRINGS ${CMAKE_SOURCE_DIR}/docs/prongsai.1 PRONGSAI_MAN_TH REGEX "^\\.TH ")
if(NOT PRONGSAI_MAN_TH MATCHES "\"prongsai ${PROJECT_VERSION}\"")
  message(WARNING "docs/prongsai.1's .TH line does not name prongsai ${PROJECT_VERSION}: "
                  "${PRONGSAI_MAN_TH}")
endif()
find_program(GZIP_PROGRAM gzip REQUIRED)
set(PRONGSAI_MAN_PAGE ${CMAKE_BINARY_DIR}/man/prongsai.1.gz)
add_custom_command(
  OUTPUT ${PRONGSAI_MAN_PAGE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
  COMMAND sh -c "\"$1\" -9n -c \"$2\" > \"$3\"" sh ${GZIP_PROGRAM}
          ${CMAKE_SOURCE_DIR}/docs/prongsai.1 ${PRONGSAI_MAN_PAGE}
  DEPENDS ${CMAKE_SOURCE_DIR}/docs/prongsai.1
  COMMENT "Compressing the manual page docs/prongsai.1"
  VERBATIM)

# The bash completion, printed by the binary just built (`prongsai completion bash` makes it
# from the command tree itself, so it can never list another version's options). Where
# bash-completion looks for it on demand, by the command's name.
set(PRONGSAI_COMPLETION ${CMAKE_BINARY_DIR}/completion/prongsai)
add_custom_command(
  OUTPUT ${PRONGSAI_COMPLETION}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/completion
  COMMAND sh -c "\"$1\" completion bash > \"$2\"" sh $<TARGET_FILE:prongsai>
          ${PRONGSAI_COMPLETION}
  DEPENDS prongsai
  COMMENT "Writing the bash completion (prongsai completion bash)"
  VERBATIM)
add_custom_target(prongsai_install_files ALL DEPENDS ${PRONGSAI_MAN_PAGE} ${PRONGSAI_COMPLETION})

install(FILES ${PRONGSAI_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PRONGSAI_COMPLETION}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# Nothing else is installed: not the tests, not content/ (`new site` writes its own example
# organisation from the binary), not site-config/ (the same).

# The Debian package, by CPack: `cmake --build build-release --target package`.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME prongsai)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Prongsai maintainers")
set(PRONGSAI_PACKAGE_MAINTAINER
    "Prongsai maintainers <maintainers@users.noreply.b-seed-e667ae95.example>"
    CACHE STRING "the Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${PRONGSAI_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "static-site generator for Thai local governments' anti-corruption plans")
# The extended description, below the summary that CPack puts first; it indents each line as a
# control file needs.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Prongsai turns a Thai local government's anti-corruption action plan and its
progress reports, written as TOML and Markdown, into a static Thai transparency
website: the plan table with computed totals, budget charts, one page per
project, each reporting round, open data, an offline Thai search and an ITA/OIT
evidence checklist. It also drafts a plan's content from its PDF.
สร้างเว็บไซต์เผยแพร่แผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น")
# No homepage: the project names none yet (CPACK_DEBIAN_PACKAGE_HOMEPAGE when it does).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # prongsai_<version>_<arch>.deb
# Depends made by dpkg-shlibdeps (dpkg-dev) from the libraries the binary really links, with
# the versions their symbols need, rather than a list kept by hand that would go stale each time
# a library is added to CMakeLists.txt or Debian renames one (libicu72, libpoppler-cpp0v5).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
# Checked by cmake/cpack_project_config.cmake when cpack runs: a package only from Release.
set(CPACK_PRONGSAI_BUILD_TYPE "${CMAKE_BUILD_TYPE}")
set(CPACK_PRONGSAI_SANITIZE "${PRONGSAI_SANITIZE}")
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_SOURCE_DIR}/cmake/cpack_project_config.cmake)
include(CPack)
