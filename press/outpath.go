package press

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"guidepress/output"
)

// Stdout is the -o value that writes a single PDF to standard output.
const Stdout = "-"

// CheckOutputFile checks a one-file command's -o before anything is
// rendered: "-" (standard output) is accepted, an existing folder is a
// usage error that suggests a file in it, and so is a file in a folder
// that does not exist (one-file commands create no folders).
func CheckOutputFile(path string) error {
	if path == Stdout {
		return nil
	}
	if path == "" {
		return fmt.Errorf("%w: give the file to write with -o FILE (or -o - for standard output)", ErrUsage)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%w: -o %s is a folder: -o names the file to write, such as -o %s",
			ErrUsage, path, filepath.Join(path, "guide.pdf"))
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%w: the folder %s does not exist: create it first (mkdir -p %s) or write into an existing folder",
			ErrUsage, dir, dir)
	case err != nil:
		return fmt.Errorf("checking -o %s: %w", path, plainError(err))
	case !fi.IsDir():
		return fmt.Errorf("%w: %s is a file, not a folder: choose another place for -o %s", ErrUsage, dir, path)
	}
	return nil
}

// CheckOutDir checks build's --out folder before a build, and reports
// whether it is missing (the build then creates it). A file, or a missing
// name ending in .pdf, is a usage error: --out names a folder.
func CheckOutDir(dir string) (missing bool, err error) {
	if dir == Stdout {
		return false, fmt.Errorf("%w: build writes many files and cannot write them to standard output: "+
			"-o - works with booklet, leaflet and pack, which write one", ErrUsage)
	}
	fi, err := os.Stat(dir)
	switch {
	case err == nil && !fi.IsDir():
		return false, fmt.Errorf("%w: --out %s is a file: --out names the folder build writes its files into; "+
			"to write one PDF, use booklet, leaflet or pack with -o FILE", ErrUsage, dir)
	case err == nil:
		return false, nil
	case !errors.Is(err, fs.ErrNotExist):
		return false, fmt.Errorf("checking --out %s: %w", dir, plainError(err))
	case strings.EqualFold(filepath.Ext(dir), ".pdf"):
		return false, fmt.Errorf("%w: --out %s looks like a file name: --out names the folder build writes its files into, such as --out out; "+
			"to write one PDF, use booklet, leaflet or pack with -o FILE", ErrUsage, dir)
	}
	return true, nil
}

// writeOutput writes a one-file command's PDF to path atomically, or to
// stdout when path is "-".
func writeOutput(path string, data []byte, stdout io.Writer) error {
	if path == Stdout {
		if stdout == nil {
			stdout = os.Stdout
		}
		if _, err := stdout.Write(data); err != nil {
			return fmt.Errorf("writing to standard output: %w", err)
		}
		return nil
	}
	if err := output.WriteFile(path, data); err != nil {
		return fmt.Errorf("writing %s: %w", path, plainError(err))
	}
	return nil
}

// WriteOutput is writeOutput for commands outside press: it checks path
// as CheckOutputFile does, then writes data to it, or to stdout for "-".
func WriteOutput(path string, data []byte, stdout io.Writer) error {
	if err := CheckOutputFile(path); err != nil {
		return err
	}
	return writeOutput(path, data, stdout)
}

// plainError strips the file names from an error of the operating system,
// leaving only its cause ("permission denied", "no space left on
// device"): an atomic write's errors would otherwise name the temporary
// file it renames into place, which the user never asked for.
func plainError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
