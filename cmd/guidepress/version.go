package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is set at link time with -ldflags "-X main.version=…"; otherwise
// versionString reads the build information.
var version = ""

func newVersion() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print guidepress's version (also: guidepress --version)",
		Example: "  guidepress version",
		Args:    exactArgs(0),
		Run: func(cmd *cobra.Command, _ []string) {
			fmt.Fprintln(cmd.OutOrStdout(), "guidepress", versionString())
		},
	}
}

// versionString is the version set at link time; else the module version
// from the build information (go install of a tagged release); else the
// version control revision and its date, with "+dirty" when the build had
// uncommitted changes; else "devel (no version information)".
func versionString() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel (no version information)"
	}
	return fromBuildInfo(info)
}

// fromBuildInfo chooses what versionString shows from info.
func fromBuildInfo(info *debug.BuildInfo) string {
	vcs := map[string]string{}
	for _, s := range info.Settings {
		vcs[s.Key] = s.Value
	}
	rev := vcs["vcs.revision"]
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		rev = "revision " + rev
		if t := vcs["vcs.time"]; t != "" {
			rev += " of " + t
		}
		if vcs["vcs.modified"] == "true" {
			rev += " +dirty"
		}
	}
	v := info.Main.Version
	switch {
	case v != "" && v != "(devel)" && rev != "":
		return v + " (" + rev + ")"
	case v != "" && v != "(devel)":
		return v
	case rev != "":
		return "devel, " + rev
	}
	return "devel (no version information)"
}
