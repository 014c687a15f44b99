package impose

import (
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// configuration returns a fresh pdfcpu configuration for cmd.
//
// It mirrors pdfcpu's built-in defaults but is built here rather than with
// model.NewDefaultConfiguration, which would create a pdfcpu folder in the
// user's config directory (or need the process-wide api.DisableConfigDir).
// Two settings differ from pdfcpu's defaults:
//
//   - ValidationRelaxed (pdfcpu's default too, stated here on purpose):
//     strict validation rejects the inline link annotations fpdf writes
//     ("expected indirect references");
//   - no object streams and no cross-reference stream, so that the info
//     dictionary and the trailer are plain text that makeReproducible can
//     patch in place.
func configuration(cmd model.CommandMode) *model.Configuration {
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
		Optimize:                       true,
		OptimizeBeforeWriting:          true,
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
