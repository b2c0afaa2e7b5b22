# Compiler cache settings shared by the build scripts; sourced, not run.
# Paths are hashed relative to the checkout, so a fresh clone in another folder (CI) reuses what
# an earlier build compiled; the sloppiness settings let ccache serve precompiled headers.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
