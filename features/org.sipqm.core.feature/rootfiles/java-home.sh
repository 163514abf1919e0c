# Sourced by the scripts of this repository: exports JAVA_HOME for a JDK 21 or newer.
# Keeps JAVA_HOME when it is new enough, else takes the newest JDK under /usr/lib/jvm.
# Returns 1, with a message on standard error, when there is none.

# Prints the feature release (17, 21, 25, ...) of the JDK at $1, or nothing when $1 is no JDK.
sipqm_jdk_release() {
	[ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
	"$1/bin/java" -XshowSettings:properties -version 2>&1 \
		| sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

sipqm_find_java_home() {
	local minimum=21 candidate release best="" best_release=0

	if [ -n "${JAVA_HOME:-}" ]; then
		release=$(sipqm_jdk_release "$JAVA_HOME")
		if [ "${release:-0}" -ge "$minimum" ]; then
			return 0
		fi
	fi

	for candidate in /usr/lib/jvm/*; do
		release=$(sipqm_jdk_release "$candidate")
		if [ "${release:-0}" -gt "$best_release" ]; then
			best=$candidate
			best_release=$release
		fi
	done

	if [ "$best_release" -lt "$minimum" ]; then
		echo "No JDK $minimum or newer found (JAVA_HOME=${JAVA_HOME:-unset}, none under /usr/lib/jvm)." >&2
		echo "Install one, for example 'sudo apt-get install openjdk-21-jdk' on Debian 13 or Ubuntu 24.04," >&2
		echo "or a Temurin 21 or 25 JDK, then set JAVA_HOME to it." >&2
		return 1
	fi
	export JAVA_HOME=$best
}

sipqm_find_java_home && export PATH="$JAVA_HOME/bin:$PATH"
