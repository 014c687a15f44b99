package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/spf13/cobra"

	"guidepress/press"
)

// debounce is how long build --watch waits after the last change before
// it rebuilds, so that an editor's several writes make one rebuild.
const debounce = 300 * time.Millisecond

// watchBuild builds, then rebuilds each time a content file changes,
// until the command's context ends (Ctrl-C). A build that fails prints
// its errors and leaves the last good outputs in place (a build writes
// nothing unless every product rendered); the next save tries again.
func watchBuild(cmd *cobra.Command, opts press.BuildOptions) error {
	if opts.ContentDir == "" {
		return usageError(errors.New("--watch watches a guide of your own, not the built-in sample: " +
			"make one with guidepress init my-guide, then run guidepress build --watch inside my-guide"))
	}
	stderr := cmd.ErrOrStderr()
	rebuild := func() {
		if _, err := buildOnce(cmd, opts); err != nil {
			report(err, stderr)
		}
	}
	rebuild()
	// Ctrl-C ends the context and so the loop, cleanly; other commands
	// keep Ctrl-C's usual meaning.
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
	defer stop()
	outAbs, _ := filepath.Abs(opts.OutDir)
	err := watchContent(ctx, opts.ContentDir, outAbs, stderr, rebuild, func() {
		fmt.Fprintf(stderr, "watching %s for changes; Ctrl-C stops\n", opts.ContentDir)
	})
	if err == nil {
		fmt.Fprintln(stderr, "stopped watching")
	}
	return err
}

// watchContent calls rebuild each time a content file in dir changes
// (after a pause, so an editor's several writes make one call), until
// ctx ends; out (an absolute path) is a folder not to watch. It calls
// ready once it watches.
func watchContent(ctx context.Context, dir, out string, stderr io.Writer, rebuild, ready func()) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watching %s: %w", dir, err)
	}
	defer w.Close()
	if err := watchTree(w, dir, out); err != nil {
		return err
	}
	ready()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-w.Errors:
			fmt.Fprintf(stderr, "guidepress: watching %s: %v\n", dir, err)
		case ev := <-w.Events:
			if ev.Has(fsnotify.Create) {
				_ = watchTree(w, ev.Name, out) // a new folder of stages
			}
			if isContentFile(ev.Name) {
				timer.Reset(debounce)
			}
		case <-timer.C:
			rebuild()
		}
	}
}

// watchTree watches dir and every folder below it, except the output
// folder out (an absolute path), whose writes are the build's own.
func watchTree(w *fsnotify.Watcher, dir, out string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if abs, _ := filepath.Abs(path); abs == out || strings.HasPrefix(d.Name(), ".") && path != dir {
			return filepath.SkipDir
		}
		if err := w.Add(path); err != nil {
			return fmt.Errorf("watching %s: %w", path, err)
		}
		return nil
	})
}

// isContentFile reports whether a change to path can change the guide:
// its YAML files, translations.lock and images (a logo), not editors'
// swap files.
func isContentFile(path string) bool {
	base := filepath.Base(path)
	if strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") {
		return false
	}
	switch strings.ToLower(filepath.Ext(base)) {
	case ".yaml", ".yml", ".lock", ".png", ".jpg", ".jpeg":
		return true
	}
	return false
}
