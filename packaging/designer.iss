; Windows installer for the packaged folder dist\designer\ (Inno Setup 6).
; Per user: installs into the user's own programs folder and needs no admin rights,
; as on a managed council desktop. Built by .github/workflows/package.yml:
;   iscc /DAppVersion=0.1.0 packaging\designer.iss
; Not yet run on Windows (see README, "A packaged build").

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0D5B54-2C1E-4B8E-9A57-3D1C0E7B5A21}
AppName=designer
AppVersion={#AppVersion}
AppPublisher=designer
; lowest: never asks for elevation, and even an administrator gets a per-user install:
; {autopf} is then the user's own %LOCALAPPDATA%\Programs, {autoprograms} their own Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\designer
DefaultGroupName=designer
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=designer-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\designer-window.exe

[Files]
Source: "..\dist\designer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\designer"; Filename: "{app}\designer-window.exe"
Name: "{autodesktop}\designer"; Filename: "{app}\designer-window.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\designer-window.exe"; Description: "{cm:LaunchProgram,designer}"; Flags: nowait postinstall skipifsilent
