; Inno Setup 6 script for Avhopp: a per-user installer (no administrator rights needed).
;
; Build it on Windows after installer\build.py has made the PyInstaller folder
; dist\avhopp-<version>-windows-x64\ (see installer\windows\README.md for every step):
;
;     iscc /DAppVersion=0.1.0 installer\windows\avhopp.iss
;
; Output: dist\avhopp-<version>-windows-x64-setup.exe
;
; Optional command-line defines:
;   /DAppVersion=0.1.0          the version (shown in Apps & features and in the file name)
;   /DBundleDir=C:\full\path    the PyInstaller folder, if not dist\avhopp-<version>-windows-x64
;   /DAppPublisher="Name"       the publisher shown in Apps & features
;   /DSignTool=avhoppsign       sign setup and uninstaller with the sign tool of that name,
;                               given to iscc as /S"avhoppsign=signtool.exe sign ... $f"
;
; What the uninstaller does with the user's data: it removes the program folder only. The vault,
; its key header, the witness files and the pre-migration copies live in %LOCALAPPDATA%\Avhopp
; (platformdirs user_data_dir and user_config_dir("Avhopp", appauthor=False) are the same folder
; on Windows); they are kept unless the user answers Yes to two explicit questions (both default
; to No, a silent uninstall never asks and always keeps them). Backups are in a folder the unit
; chose and are never touched. tests/installer/test_installer_files.py checks these names.

#if VER < EncodeVer(6, 4, 0)
  #error Inno Setup 6.4 or later is needed (the Swedish translation and x64compatible)
#endif

; Fallback when /DAppVersion is not given: keep equal to avhopp.__version__ (a test checks it).
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef AppPublisher
  #define AppPublisher "Avhopp"
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\avhopp-" + AppVersion + "-windows-x64"
#endif
#define AppName "Avhopp"
; The data folder name: platformdirs' APP_NAME in avhopp/storage/location.py.
#define DataFolderName "Avhopp"

#if !FileExists(AddBackslash(BundleDir) + "avhopp.exe") || !FileExists(AddBackslash(BundleDir) + "avhopp-admin.exe")
  #error The PyInstaller folder is missing or incomplete: run "python installer\build.py" first (looked in BundleDir)
#endif

[Setup]
; Never change AppId: Windows finds the installed Avhopp by it (upgrades install over it).
AppId={{C11F8634-DA84-4583-BF9A-5746CA2F9E47}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} {#AppVersion} Setup
; Per user: no UAC prompt, installs under %LOCALAPPDATA%\Programs like other per-user apps.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Apps & features: name, version (AppVersion), publisher and this icon.
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\avhopp.exe
SetupIconFile=..\..\resources\icons\avhopp.ico
WizardStyle=modern
; Close a running Avhopp before its files are replaced; do not start it again by itself.
CloseApplications=yes
RestartApplications=no
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=avhopp-{#AppVersion}-windows-x64-setup
ShowLanguageDialog=auto
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
; Swedish first: it is used when Windows' language is neither Swedish nor English.
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
sv.AdminPromptTask=Genväg till Avhopps kommandotolk för administratörer (avhopp-admin)
en.AdminPromptTask=Shortcut to the Avhopp admin command prompt (avhopp-admin)
sv.AdminPromptName=Avhopp kommandotolk för administratörer
en.AdminPromptName=Avhopp admin command prompt
sv.AppComment=Ärendehantering för avhopparverksamhet
en.AppComment=Case management for exit programmes
sv.RemoveDataQuestion=Avhopp har tagits bort från datorn.%n%nDina data finns kvar i:%n%1%n%nDär ligger valvet med alla ärenden, dess nyckelfil och kontrollfiler. Säkerhetskopior i den mapp ni har valt berörs aldrig.%n%nVill du ta bort även dina data? Välj Nej för att behålla dem (rekommenderas, till exempel inför en ny installation).
en.RemoveDataQuestion=Avhopp has been removed from this computer.%n%nYour data is still in:%n%1%n%nThat folder holds the vault with all cases, its key file and check files. Backups in the folder your unit chose are never touched.%n%nDo you want to remove your data too? Choose No to keep it (recommended, for example before installing again).
sv.RemoveDataConfirm=Är du säker? Valvet i%n%1%ntas bort för alltid och kan bara återskapas från en säkerhetskopia.%n%nTa bort dina data?
en.RemoveDataConfirm=Are you sure? The vault in%n%1%nis deleted for good and can only be brought back from a backup.%n%nRemove your data?
sv.DataKept=Dina data har behållits i:%n%1
en.DataKept=Your data has been kept in:%n%1
sv.DataInUse=Dina data kunde inte tas bort eftersom en fil i mappen används (är Avhopp fortfarande igång?). Ingenting har tagits bort från:%n%1%n%nStäng Avhopp och ta bort mappen för hand om du vill.
en.DataInUse=Your data could not be removed because a file in the folder is in use (is Avhopp still running?). Nothing was removed from:%n%1%n%nClose Avhopp and delete the folder by hand if you want to.
sv.DataPartlyRemoved=Några filer kunde inte tas bort från:%n%1%n%nTa bort mappen för hand.
en.DataPartlyRemoved=Some files could not be removed from:%n%1%n%nDelete the folder by hand.
sv.DirIsDataDir=Programmet kan inte installeras i mappen för dina data:%n%1%n%nVälj en annan mapp.
en.DirIsDataDir=The program cannot be installed in the folder that holds your data:%n%1%n%nChoose another folder.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "adminprompt"; Description: "{cm:AdminPromptTask}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole runtime: files an older build had and this one has not go.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\avhopp.exe"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\avhopp.exe"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"; Tasks: desktopicon
; A console in Documents with the install folder first on PATH, so "avhopp-admin ..." works.
Name: "{autoprograms}\{cm:AdminPromptName}"; Filename: "{cmd}"; Parameters: "/S /K ""title {cm:AdminPromptName} && set ""PATH={app};%PATH%"" && avhopp-admin --help"""; WorkingDir: "{userdocs}"; IconFilename: "{app}\avhopp-admin.exe"; Tasks: adminprompt

[Run]
Filename: "{app}\avhopp.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: dirifempty; Name: "{app}"

[Code]
// The data folder: platformdirs.user_data_dir("Avhopp", appauthor=False) on Windows, which is
// also its user_config_dir (the witness files). Never the install folder.
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolderName}');
end;

// Refuse to install the program into the data folder: the uninstaller must be able to remove
// one without the other.
function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir)
     and (CompareText(RemoveBackslash(WizardDirValue), RemoveBackslash(DataDir())) = 0) then
  begin
    MsgBox(FmtMessage(CustomMessage('DirIsDataDir'), [DataDir()]), mbError, MB_OK);
    Result := False;
  end;
end;

// Remove the data folder only after two explicit Yes answers; both questions default to No,
// and a silent uninstall never asks and keeps everything. The folder is renamed first, which
// fails while any file in it is open, so a running Avhopp never ends up with half a vault.
procedure RemoveDataIfAsked;
var
  Folder, Doomed: String;
begin
  Folder := DataDir();
  if not DirExists(Folder) then
    Exit;
  if UninstallSilent then
  begin
    Log('Silent uninstall: the data in ' + Folder + ' is kept.');
    Exit;
  end;
  if (SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [Folder]),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) <> IDYES)
     or (SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveDataConfirm'), [Folder]),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) <> IDYES) then
  begin
    Log('The user kept the data in ' + Folder);
    MsgBox(FmtMessage(CustomMessage('DataKept'), [Folder]), mbInformation, MB_OK);
    Exit;
  end;
  Doomed := Folder + '.removing';
  if DirExists(Doomed) then
    DelTree(Doomed, True, True, True);
  if not RenameFile(Folder, Doomed) then
  begin
    Log('Could not rename ' + Folder + ' (in use): nothing removed.');
    MsgBox(FmtMessage(CustomMessage('DataInUse'), [Folder]), mbError, MB_OK);
    Exit;
  end;
  if not DelTree(Doomed, True, True, True) then
    MsgBox(FmtMessage(CustomMessage('DataPartlyRemoved'), [Doomed]), mbError, MB_OK);
  // The client's remembered settings (last vault location and user name; Qt's QSettings).
  RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\{#DataFolderName}');
  Log('Removed the data in ' + Folder + ' at the user''s request.');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveDataIfAsked;
end;
