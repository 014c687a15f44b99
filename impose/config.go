package impose

import (
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Configuration returns a fresh pdfcpu configuration for cmd, for
// imposing and for reading any PDF (internal/tagcheck reads with it).
//
// It mirrors pdfcpu's built-in defaults but is built here rather than with
// model.NewDefaultConfiguration, which would create a pdfcpu folder in the
// user's config directory (or need the process-wide api.DisableConfigDir).
// Settings chosen on purpose:
//
//   - ValidationRelaxed (also pdfcpu's default) for reading the input:
//     guidepress's own files pass strict validation, but imposition takes
//     any PDF of A5 pages;
//   - no object streams and no cross-reference stream (pdfcpu's default
//     has both), so that makeReproducible can rewrite the file;
//   - no optimisation (pdfcpu optimises by default): the
//     imposed pages already share the source's fonts, so it saved nothing
//     on a 44-page guide, and it is one more pass that walks Go maps;
//   - Offline, so pdfcpu never reaches for the network.
func Configuration(cmd model.CommandMode) *model.Configuration {
	return &model.Configuration{
		Version:                        model.VersionStr,
		Reader15:                       true,
		ValidationMode:                 model.ValidationRelaxed,
		UnsupportedResourcePolicy:      model.UnsupportedResourceSkip,
		Eol:                            types.EolLF,
		WriteObjectStream:              false,
		WriteXRefStream:                false,
		EncryptUsingAES:                true,
		EncryptKeyLength:               256,
		Permissions:                    model.PermissionsPrint,
		TimestampFormat:                "2006-01-02 15:04",
		DateFormat:                     "2006-01-02",
		Optimize:                       false,
		OptimizeBeforeWriting:          false,
		OptimizeResourceDicts:          true,
		MergeBookmarkMode:              model.MergeBookmarkModeWrap,
		Offline:                        true,
		Timeout:                        5,
		TimeoutCRL:                     10,
		TimeoutOCSP:                    10,
		PreferredCertRevocationChecker: model.CRL,
		Limits:                         model.DefaultResourceLimits(),
		Cmd:                            cmd,
	}
}
