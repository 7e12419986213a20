#!/bin/sh
# Install Avhopp for the current user from the unpacked tarball (no root, no system files).
#
#   ./install.sh                  copy this folder to ~/.local/opt/avhopp-<version> and add the
#                                 menu entry, the icon and the commands avhopp, avhopp-admin
#                                 in ~/.local/bin; older versions installed this way go
#   ./install.sh --here           leave the program in this folder; add only the menu entry,
#                                 the icon and the commands
#   ./install.sh --uninstall      remove the program, the menu entry, the icon and the commands;
#                                 your data is kept
#   ./install.sh --uninstall --remove-data
#                                 also delete your data, after you type "remove" to confirm
#
# Data is never stored in the program folder. It lives in (platformdirs, as Avhopp uses it):
#   ${XDG_DATA_HOME:-~/.local/share}/Avhopp   the vault, its key header, pre-migration copies
#   ${XDG_CONFIG_HOME:-~/.config}/Avhopp      witness files and the client's settings
# Backups are in the folder your unit chose on the Säkerhetskopior page: never touched here.
set -eu

MARKER="# Installed by Avhopp install.sh"
HERE_DIR=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
CONFIG_HOME=${XDG_CONFIG_HOME:-$HOME/.config}
OPT_ROOT=$HOME/.local/opt
BIN_DIR=$HOME/.local/bin
APPLICATIONS=$DATA_HOME/applications
DESKTOP_FILE=$APPLICATIONS/avhopp.desktop
ICON_PNG=$DATA_HOME/icons/hicolor/256x256/apps/avhopp.png
ICON_SVG=$DATA_HOME/icons/hicolor/scalable/apps/avhopp.svg
USER_DATA=$DATA_HOME/Avhopp
USER_CONFIG=$CONFIG_HOME/Avhopp

say() { printf '%s\n' "$*"; }
fail() {
    printf 'install.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '2,18s/^# \{0,1\}//p' "$0"
}

# The first of the given files that exists, or nothing.
first_file() {
    for candidate in "$@"; do
        if [ -f "$candidate" ]; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 0
}

# Paths go into the desktop entry and shell wrappers: refuse the few characters that would
# need escaping there (quotes, backslash, dollar, backquote, percent, newline).
check_path() {
    case $1 in
        *'"'* | *\\* | *'$'* | *'`'* | *'%'* | *"
"*)
            fail "the folder $1 has a character a menu entry cannot hold (\" \\ \$ \` %): move it" ;;
    esac
}

remove_cache_entries() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$APPLICATIONS" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA_HOME/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

write_wrapper() { # name, program path
    target=$BIN_DIR/$1
    if [ -e "$target" ] && ! grep -qF "$MARKER" "$target" 2>/dev/null; then
        say "Not writing $target: a file not made by this script is already there."
        return 0
    fi
    mkdir -p "$BIN_DIR"
    printf '#!/bin/sh\n%s\nexec "%s" "$@"\n' "$MARKER" "$2" >"$target.tmp"
    chmod 755 "$target.tmp"
    mv -f "$target.tmp" "$target"
}

remove_wrappers() {
    for name in avhopp avhopp-admin; do
        if [ -f "$BIN_DIR/$name" ] && grep -qF "$MARKER" "$BIN_DIR/$name"; then
            rm -f "$BIN_DIR/$name"
        fi
    done
}

# Folders under ~/.local/opt that this script installed (they hold the marker file), except $1.
remove_installed_copies() {
    for folder in "$OPT_ROOT"/avhopp-*; do
        [ -d "$folder" ] || continue
        [ "$folder" = "${1:-}" ] && continue
        if [ -f "$folder/.avhopp-install" ]; then
            rm -rf "$folder"
            say "Removed $folder"
        fi
    done
}

install_entry() { # the folder holding the avhopp program
    app_dir=$1
    check_path "$app_dir"
    template=$(first_file "$HERE_DIR/avhopp.desktop" "$HERE_DIR/share/avhopp.desktop")
    [ -n "$template" ] || fail "avhopp.desktop is missing beside install.sh"
    png=$(first_file "$HERE_DIR/avhopp.png" "$HERE_DIR/_internal/resources/icons/avhopp.png")
    [ -n "$png" ] || fail "the icon avhopp.png is missing beside install.sh"
    svg=$(first_file "$HERE_DIR/avhopp.svg" "$HERE_DIR/_internal/resources/icons/avhopp.svg")

    mkdir -p "$APPLICATIONS" "$(dirname "$ICON_PNG")"
    # sed replacement text: escape the delimiter and "&" (check_path refused backslashes).
    escaped=$(printf '%s\n' "$app_dir/avhopp" | sed 's/[|&]/\\&/g')
    sed -e "s|@EXEC@|\"$escaped\"|" -e "s|@TRYEXEC@|$escaped|" "$template" >"$DESKTOP_FILE.tmp"
    mv -f "$DESKTOP_FILE.tmp" "$DESKTOP_FILE"
    cp -f "$png" "$ICON_PNG"
    if [ -n "$svg" ]; then
        mkdir -p "$(dirname "$ICON_SVG")"
        cp -f "$svg" "$ICON_SVG"
    fi
    write_wrapper avhopp "$app_dir/avhopp"
    write_wrapper avhopp-admin "$app_dir/avhopp-admin"
    remove_cache_entries
    say "Menu entry: $DESKTOP_FILE"
    say "Commands:   $BIN_DIR/avhopp, $BIN_DIR/avhopp-admin"
}

do_install() {
    here=$1
    for program in avhopp avhopp-admin; do
        [ -x "$HERE_DIR/$program" ] || fail "$HERE_DIR/$program is missing: run install.sh from the unpacked Avhopp folder"
    done
    [ -d "$HERE_DIR/_internal" ] || fail "$HERE_DIR/_internal is missing: unpack the whole tarball"
    # "avhopp-admin 0.1.0": the first word that starts with a digit.
    version=$("$HERE_DIR/avhopp-admin" --version 2>/dev/null |
        awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]/) { print $i; exit } }') ||
        fail "$HERE_DIR/avhopp-admin --version did not run"
    case $version in
        '' | *[!A-Za-z0-9._+-]*) fail "could not read the version from avhopp-admin --version" ;;
    esac

    if [ "$here" = 1 ]; then
        install_entry "$HERE_DIR"
        say "Avhopp $version runs from $HERE_DIR (keep that folder)."
        return 0
    fi
    dest=$OPT_ROOT/avhopp-$version
    check_path "$dest"
    if [ "$dest" = "$HERE_DIR" ]; then
        install_entry "$dest"
        say "Avhopp $version is installed in $dest"
        return 0
    fi
    mkdir -p "$OPT_ROOT"
    rm -rf "$dest.tmp"
    cp -R "$HERE_DIR/." "$dest.tmp"
    : >"$dest.tmp/.avhopp-install"
    rm -rf "$dest"
    mv "$dest.tmp" "$dest"
    install_entry "$dest"
    remove_installed_copies "$dest"
    say "Avhopp $version is installed in $dest"
    say "Your data (if any) stays in $USER_DATA"
}

do_uninstall() {
    remove_data=$1
    rm -f "$DESKTOP_FILE" "$ICON_PNG" "$ICON_SVG"
    remove_wrappers
    remove_installed_copies ""
    rmdir "$OPT_ROOT" 2>/dev/null || true
    remove_cache_entries
    say "Avhopp is uninstalled (menu entry, icon, commands and the program in $OPT_ROOT)."
    if [ -f "$HERE_DIR/avhopp" ] && [ ! -f "$HERE_DIR/.avhopp-install" ]; then
        say "This unpacked folder stays: delete $HERE_DIR yourself if you no longer need it."
    fi
    # The data folders that exist, as the positional parameters (paths may hold spaces).
    set --
    for folder in "$USER_DATA" "$USER_CONFIG"; do
        if [ -d "$folder" ]; then
            set -- "$@" "$folder"
        fi
    done
    [ $# -gt 0 ] || return 0
    if [ "$remove_data" != 1 ]; then
        say "Your data is kept in:"
        printf '  %s\n' "$@"
        return 0
    fi
    say "This deletes your vault (all cases), its key header and this PC's witness files for good:"
    printf '  %s\n' "$@"
    say "Backups in your unit's backup folder are not touched."
    printf 'Type "remove" to delete them: '
    answer=""
    read -r answer || answer=""
    [ -t 0 ] || say ""
    if [ "$answer" != "remove" ]; then
        say ""
        say "Not confirmed: your data is kept in:"
        printf '  %s\n' "$@"
        return 0
    fi
    for folder in "$@"; do
        rm -rf "$folder"
        say "Deleted $folder"
    done
}

mode=install
here=0
remove_data=0
while [ $# -gt 0 ]; do
    case $1 in
        --here) here=1 ;;
        --uninstall) mode=uninstall ;;
        --remove-data) remove_data=1 ;;
        -h | --help)
            usage
            exit 0
            ;;
        *) fail "unknown option $1 (see --help)" ;;
    esac
    shift
done

if [ "$mode" = uninstall ]; then
    [ "$here" = 0 ] || fail "--here is for installing"
    do_uninstall "$remove_data"
else
    [ "$remove_data" = 0 ] || fail "--remove-data goes with --uninstall"
    do_install "$here"
fi
