; Inno Setup script: Samtal for one user on Windows, installed without administrator rights.
;
;   python packaging\dist.py build                              (the bundle in dist\Samtal)
;   iscc /DAppVersion=0.1.0 packaging\windows\samtal.iss        (dist\Samtal-0.1.0-windows-x64-setup.exe)
;
; Written and reviewed on Linux, where it cannot be compiled or run: the CI workflow
; .github/workflows/bundles.yml compiles it on a hosted Windows runner and installs the result
; silently. See packaging/README.md for what is tested where.
;
; The program goes to %LOCALAPPDATA%\Programs\Samtal (per user: {autopf} under
; PrivilegesRequired=lowest), a Start menu entry to the user's own Start menu. Projects,
; settings, logs and backups are in %LOCALAPPDATA%\Samtal, which the uninstaller leaves alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{C5A57C6A-EFE6-5E45-8156-C4F68A342457}
AppName=Samtal
AppVersion={#AppVersion}
AppVerName=Samtal {#AppVersion}
AppPublisher=Samtal
AppComments=Intervjuer för brukarrevision – krypterat och pseudonymiserat
PrivilegesRequired=lowest
DefaultDirName={autopf}\Samtal
DefaultGroupName=Samtal
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Samtal-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\samtal.ico
UninstallDisplayIcon={app}\Samtal.exe
UninstallDisplayName=Samtal
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\Samtal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an update replaces the program folder whole, so no file of an older version lingers
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Samtal"; Filename: "{app}\Samtal.exe"; Comment: "Samtal"
Name: "{autodesktop}\Samtal"; Filename: "{app}\Samtal.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Samtal.exe"; Description: "{cm:LaunchProgram,Samtal}"; Flags: nowait postinstall skipifsilent
