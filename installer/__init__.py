"""Build-time helpers for build_installer.spec (not shipped in the application).

- elf_file: reads what the Linux build needs from a shared library's ELF headers.
- icu_data: rebuilds Qt's ICU data library with only the data the app can reach.
- shared_libraries: drops system libraries that nothing left in the folder loads.
"""
