# Sourced by the scripts of this repository: exports JAVA_HOME for a JDK 21 or newer. The one
# copy of the logic ships in the product's root folder, beside the command-line script.
source "$(dirname "${BASH_SOURCE[0]}")/../features/org.sipqm.core.feature/rootfiles/java-home.sh"
