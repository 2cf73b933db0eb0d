# Read by cpack when it runs (CPACK_PROJECT_CONFIG_FILE, cmake/package.cmake): refuses to make
# a package that is not the one to ship.
if(NOT CPACK_PRONGSAI_BUILD_TYPE STREQUAL "Release" OR CPACK_PRONGSAI_SANITIZE)
  message(FATAL_ERROR
          "prongsai's package is made from a Release build folder without sanitizers, and this "
          "one is ${CPACK_PRONGSAI_BUILD_TYPE} (sanitize: '${CPACK_PRONGSAI_SANITIZE}'). Make it with\n"
          "  cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release\n"
          "  cmake --build build-release -j2 --target package")
endif()
# Without dpkg-shlibdeps CPack would make a package that declares no library at all.
if(CPACK_GENERATOR STREQUAL "DEB")
  find_program(PRONGSAI_DPKG_SHLIBDEPS dpkg-shlibdeps)
  if(NOT PRONGSAI_DPKG_SHLIBDEPS)
    message(FATAL_ERROR "dpkg-shlibdeps is missing, and without it the package would declare "
                        "no dependency: apt-get install dpkg-dev")
  endif()
endif()
