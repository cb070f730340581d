"""Build-time helpers for build_installer.spec (not shipped in the application).

- elf_file: reads what the Linux build needs from a shared library's ELF headers.
- icu_data: rebuilds Qt's ICU data library with only the data the app can reach.
- shared_libraries: drops libraries that nothing left in the folder loads.
- frozen_entry: the Linux folder's one program (GUI, or the command line as `ascn`).
- build_machine.sh, wayland_session.sh: the Linux build machine's packages, and
  the headless Wayland session `make installer-test` opens windows in.
"""
