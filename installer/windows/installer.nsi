; The Windows installer of Topology Designer (NSIS 3, 64-bit, Unicode).
;
; makensis -DVERSION=0.1.0 -DSTAGE=<folder with the programs and their DLLs>
;          -DFILES=<install list> -DUNFILES=<uninstall list> -DOUTFILE=<setup.exe>
;          -DICON=<application .ico> installer.nsi
;
; Per user (the default, no administrator rights, into %LOCALAPPDATA%\Programs) or per
; machine (/AllUsers, into Program Files, administrators only). Silent: /S, with /DESKTOP for
; the desktop shortcut and /PATH to add the folder of topology-cli to PATH. The uninstaller
; removes the files the install list named, the shortcuts and registry values it wrote, and
; its PATH entry, and nothing else (settings and autosaves are the user's, under AppData).
Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true

!define PRODUCT "Topology Designer"
!define PROGID "TopologyDesigner.Design"
!define DESIGNER "topology-designer.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\TopologyDesigner"
!define USER_ENVIRONMENT "Environment"
!define MACHINE_ENVIRONMENT "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${PRODUCT}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include StrFunc.nsh
!include WinMessages.nsh
${Using:StrFunc} StrStr
${Using:StrFunc} UnStrStr
${Using:StrFunc} UnStrRep

Name "${PRODUCT}"
OutFile "${OUTFILE}"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${PRODUCT}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${PRODUCT} ${VERSION} setup"
VIAddVersionKey "CompanyName" "The Topology Designer authors"
VIAddVersionKey "LegalCopyright" "Copyright (c) 2026 The Topology Designer authors (MIT License)"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${DESIGNER}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${PRODUCT}"

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Var Environment ; the registry key of PATH for this install mode, under SHCTX's root

; The folder's PATH entry: per user in HKCU\Environment, per machine in the system's.
Function .onInit
    !insertmacro MULTIUSER_INIT
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/DESKTOP" $R1
    ${IfNot} ${Errors}
        SectionSetFlags 1 ${SF_SELECTED}
    ${EndIf}
    ClearErrors
    ${GetOptions} $R0 "/PATH" $R1
    ${IfNot} ${Errors}
        SectionSetFlags 2 ${SF_SELECTED}
    ${EndIf}
FunctionEnd

Function un.onInit
    !insertmacro MULTIUSER_UNINIT
FunctionEnd

Function SelectEnvironmentKey
    ${If} $MultiUser.InstallMode == "AllUsers"
        StrCpy $Environment "${MACHINE_ENVIRONMENT}"
    ${Else}
        StrCpy $Environment "${USER_ENVIRONMENT}"
    ${EndIf}
FunctionEnd

Function un.SelectEnvironmentKey
    ${If} $MultiUser.InstallMode == "AllUsers"
        StrCpy $Environment "${MACHINE_ENVIRONMENT}"
    ${Else}
        StrCpy $Environment "${USER_ENVIRONMENT}"
    ${EndIf}
FunctionEnd

Section "${PRODUCT}" SectionProgram
    SectionIn RO
    SetOutPath "$INSTDIR"
    !include "${FILES}"
    WriteUninstaller "$INSTDIR\Uninstall.exe"

    ; Start menu entry.
    CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${DESIGNER}" "" \
        "$INSTDIR\${DESIGNER}" 0 SW_SHOWNORMAL "" "Design OutSystems 11 self-managed infrastructures"

    ; The design file type. Windows knows a file's type by its last extension only (".json"),
    ; so the designer is offered in "Open with" for every JSON file, and becomes the default
    ; program for .json only where no program has claimed it yet.
    WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "Topology design"
    WriteRegStr SHCTX "Software\Classes\${PROGID}" "FriendlyTypeName" "Topology design"
    WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${DESIGNER}",1'
    WriteRegStr SHCTX "Software\Classes\${PROGID}\shell" "" "open"
    WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open" "" "Open with ${PRODUCT}"
    WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" \
        '"$INSTDIR\${DESIGNER}" "%1"'
    WriteRegStr SHCTX "Software\Classes\.json\OpenWithProgids" "${PROGID}" ""
    ReadRegStr $R0 HKCR ".json" ""
    ${If} $R0 == ""
        WriteRegStr SHCTX "Software\Classes\.json" "" "${PROGID}"
        WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "ClaimedJson" 1
    ${EndIf}
    WriteRegStr SHCTX "Software\Classes\Applications\${DESIGNER}" "FriendlyAppName" "${PRODUCT}"
    WriteRegStr SHCTX "Software\Classes\Applications\${DESIGNER}\SupportedTypes" ".json" ""
    WriteRegStr SHCTX "Software\Classes\Applications\${DESIGNER}\shell\open\command" "" \
        '"$INSTDIR\${DESIGNER}" "%1"'

    ; Apps & features.
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "The Topology Designer authors"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\${DESIGNER}",0'
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" \
        '"$INSTDIR\Uninstall.exe" /$MultiUser.InstallMode'
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" \
        '"$INSTDIR\Uninstall.exe" /S /$MultiUser.InstallMode'
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $R0 $R1 $R2
    IntFmt $R0 "0x%08X" $R0
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$R0"

    ; Explorer shows the new icon and "Open with" entry at once.
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section /o "Desktop shortcut" SectionDesktop
    CreateShortcut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\${DESIGNER}"
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "DesktopShortcut" 1
SectionEnd

; NSIS strings hold 1,024 characters: a longer PATH is left alone rather than cut.
Section /o "Add topology-cli to PATH" SectionPath
    Call SelectEnvironmentKey
    ReadRegStr $R0 SHCTX "$Environment" "Path"
    StrLen $R1 "$R0$INSTDIR;"
    ${StrStr} $R2 ";$R0;" ";$INSTDIR;"
    ${If} $R2 != ""
        DetailPrint "PATH already names $INSTDIR"
    ${ElseIf} $R1 >= 1000
        DetailPrint "PATH is too long to change safely; add $INSTDIR to it by hand"
        MessageBox MB_OK|MB_ICONINFORMATION "PATH is too long to change safely. Add $INSTDIR to it by hand to run topology-cli from any folder." /SD IDOK
    ${Else}
        ${If} $R0 == ""
            WriteRegExpandStr SHCTX "$Environment" "Path" "$INSTDIR"
        ${Else}
            WriteRegExpandStr SHCTX "$Environment" "Path" "$R0;$INSTDIR"
        ${EndIf}
        WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "AddedToPath" 1
        SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
    ${EndIf}
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
    !insertmacro MUI_DESCRIPTION_TEXT ${SectionProgram} "The designer and topology-cli."
    !insertmacro MUI_DESCRIPTION_TEXT ${SectionDesktop} "A shortcut to the designer on the desktop."
    !insertmacro MUI_DESCRIPTION_TEXT ${SectionPath} "Run topology-cli from any command prompt."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Section "Uninstall"
    ReadRegDWORD $R0 SHCTX "${UNINSTALL_KEY}" "AddedToPath"
    ${If} $R0 == 1
        Call un.SelectEnvironmentKey
        ReadRegStr $R1 SHCTX "$Environment" "Path"
        ${UnStrRep} $R1 ";$R1;" ";$INSTDIR;" ";"
        ; Take the added separators off again.
        StrCpy $R1 $R1 "" 1
        StrCpy $R1 $R1 -1
        ${If} $R1 == ""
            DeleteRegValue SHCTX "$Environment" "Path"
        ${Else}
            WriteRegExpandStr SHCTX "$Environment" "Path" "$R1"
        ${EndIf}
        SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
    ${EndIf}
    ReadRegDWORD $R0 SHCTX "${UNINSTALL_KEY}" "DesktopShortcut"
    ${If} $R0 == 1
        Delete "$DESKTOP\${PRODUCT}.lnk"
    ${EndIf}
    Delete "$SMPROGRAMS\${PRODUCT}.lnk"

    ReadRegDWORD $R0 SHCTX "${UNINSTALL_KEY}" "ClaimedJson"
    ReadRegStr $R1 SHCTX "Software\Classes\.json" ""
    ${If} $R0 == 1
    ${AndIf} $R1 == "${PROGID}"
        DeleteRegValue SHCTX "Software\Classes\.json" ""
    ${EndIf}
    DeleteRegValue SHCTX "Software\Classes\.json\OpenWithProgids" "${PROGID}"
    DeleteRegKey /ifempty SHCTX "Software\Classes\.json\OpenWithProgids"
    DeleteRegKey /ifempty SHCTX "Software\Classes\.json"
    DeleteRegKey SHCTX "Software\Classes\${PROGID}"
    DeleteRegKey SHCTX "Software\Classes\Applications\${DESIGNER}"
    DeleteRegKey SHCTX "${UNINSTALL_KEY}"
    ; Their parents, when the install made them (a new profile may have neither) and nothing
    ; else lives there.
    DeleteRegKey /ifempty SHCTX "Software\Classes\Applications"
    DeleteRegKey /ifempty SHCTX "Software\Microsoft\Windows\CurrentVersion\Uninstall"

    !include "${UNFILES}"
    Delete "$INSTDIR\Uninstall.exe"
    RMDir "$INSTDIR"
    ; %LOCALAPPDATA%\Programs, when a per-user install made it and it is left empty.
    ${If} $MultiUser.InstallMode == "CurrentUser"
        RMDir "$LOCALAPPDATA\Programs"
    ${EndIf}
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
