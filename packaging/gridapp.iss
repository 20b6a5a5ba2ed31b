; Inno Setup script for 网格台账 (gridapp): installs the PyInstaller one-folder build
; (dist\gridapp\, made by `packaging\build.sh` or the PyInstaller command in BUILD-WINDOWS.md).
; Compile on Windows with Inno Setup 6:  iscc packaging\gridapp.iss
; Output: dist\gridapp-<version>-setup.exe
;
; What it does: installs into Program Files (or the user's own programs folder when not an
; administrator), adds Start-menu shortcuts and a desktop shortcut, associates no file types and
; writes no registry keys of its own. Uninstalling removes the program folder only: the user's
; registers, backups and logs live in %LOCALAPPDATA%\gridapp (and wherever the user saved them)
; and are left in place.

#define AppName "网格台账"
#define AppExe "gridapp.exe"
#define BuildDir SourcePath + "..\dist\gridapp"
#ifndef AppVersion
  ; The version embedded in gridapp.exe by the spec (gridapp.__version__).
  #define AppVersion GetStringFileInfo(BuildDir + "\" + AppExe, "ProductVersion")
#endif

[Setup]
AppId={{944CBEFF-5B5E-4EE2-B90F-48A445920F25}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=gridapp
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\gridapp
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=no
ChangesEnvironment=no
OutputDir=..\dist
OutputBaseFilename=gridapp-{#AppVersion}-setup
SetupIconFile=..\resources\icons\gridapp.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{#AppName}（演示数据）"; Filename: "{app}\{#AppExe}"; Parameters: "gui --demo"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program may leave inside its own folder; never the user's data folder.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
