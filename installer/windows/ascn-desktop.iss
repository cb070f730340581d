; Windows installer of the one-folder build (Inno Setup 6): a per-user install,
; no administrator rights, a Start-menu entry, and .ascn bundles opening in the app.
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\ascn-desktop /DIconFile=..\..\build\icons\ascn.ico installer\windows\ascn-desktop.iss
;
; .github/workflows/build.yml runs exactly that after PyInstaller. The names of the
; file type are those of installer/desktop_integration.py (tests/test_desktop_integration.py
; checks they agree). The user's profile (store, keys, logs) is never touched by
; install, update or uninstall: it lives in %LOCALAPPDATA%\ascn-desktop, not here.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\ascn-desktop"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\ascn.ico"
#endif

[Setup]
AppId=ASCN-Desktop
AppName=ASCN Desktop
AppVersion={#AppVersion}
AppPublisher=ASEAN Smart Cities Network
DefaultDirName={localappdata}\Programs\ASCN Desktop
DefaultGroupName=ASCN Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=ascn-desktop-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\ascn-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\ASCN Desktop"; Filename: "{app}\ascn-desktop.exe"; Comment: "ASEAN Smart Cities Network action plans, offline"
Name: "{userdesktop}\ASCN Desktop"; Filename: "{app}\ascn-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Registry]
; .ascn -> ASCN.Bundle, per user (HKCU\Software\Classes), removed on uninstall.
Root: HKCU; Subkey: "Software\Classes\.ascn"; ValueType: string; ValueName: ""; ValueData: "ASCN.Bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.ascn"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.ascn.bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\ASCN.Bundle"; ValueType: string; ValueName: ""; ValueData: "ASCN signed bundle"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\ASCN.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ascn-desktop.exe,0"
Root: HKCU; Subkey: "Software\Classes\ASCN.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ascn-desktop.exe"" ""%1"""

[Run]
Filename: "{app}\ascn-desktop.exe"; Description: "Open ASCN Desktop"; Flags: nowait postinstall skipifsilent
