package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/spf13/cobra"

	"guidepress/press"
)

// serveOptions are the serve command's flags.
type serveOptions struct {
	contentDir, addr string
}

func newServe() *cobra.Command {
	var opts serveOptions
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080]",
		Short: "Serve the guide's web site and a pack builder from this computer, rebuilt on every save",
		Long: `Serve the guide as a web site in every language (the pages guidepress site
writes, kept in memory: nothing is written to disk), with one more page in
each language: a pack builder, a form to make a discharge pack (stages,
area, language, layout, print size, the person's name and the date) that
comes back as a PDF download.

The person's name is sent with POST only, printed on the pack's cover and
kept nowhere: not on disk, not in any output of this command, not in the
file's name. Every answer says not to store it (Cache-Control: no-store).

When a file of the guide changes the site is built again and open pages
reload; while the guide has errors every page shows them as
file:line:col: message, and the last good site is kept until they are
fixed. The built-in sample guide is not watched.

The server listens on this computer only (127.0.0.1) unless --addr names
another address, and then warns: anyone who can reach it can make packs.
Ctrl-C stops it.`,
		Example: `  guidepress serve                          # then open http://127.0.0.1:8080/
  guidepress serve --content my-guide --addr 127.0.0.1:9000`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			return serve(ctx, opts, cmd.OutOrStdout(), cmd.ErrOrStderr(), nil)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.contentDir, "content", "", contentHelp)
	f.StringVar(&opts.addr, "addr", "127.0.0.1:8080", "the address to listen on, host:port")
	return cmd
}

// serve builds the site, listens on opts.addr and serves it until ctx
// ends, rebuilding when the guide's files change. It calls listening,
// when not nil, with the address it listens on.
func serve(ctx context.Context, opts serveOptions, stdout, stderr io.Writer, listening func(addr string)) error {
	if err := warnAddr(opts.addr, stderr); err != nil {
		return err
	}
	srv, err := press.NewServer(opts.contentDir)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	rebuild := func() {
		for _, p := range srv.Rebuild() {
			fmt.Fprintln(stderr, p.String())
		}
	}
	rebuild()
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return fmt.Errorf("serve: listening on %s: %w", opts.addr, err)
	}
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       time.Minute,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          log.New(stderr, "guidepress: serve: ", 0),
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	if opts.contentDir != "" {
		go func() {
			if err := watchContent(ctx, opts.contentDir, "", stderr, rebuild, func() {}); err != nil {
				fmt.Fprintf(stderr, "guidepress: %v; the site will not follow changes\n", err)
			}
		}()
	}
	fmt.Fprintf(stdout, "serving the guide at http://%s/ ; Ctrl-C stops\n", ln.Addr())
	if listening != nil {
		listening(ln.Addr().String())
	}
	select {
	case <-ctx.Done():
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: stopping: %w", err)
	}
	fmt.Fprintln(stderr, "stopped serving")
	return nil
}

// warnAddr refuses an address that is not host:port and warns when it
// is not on this computer only.
func warnAddr(addr string, stderr io.Writer) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return usageError(fmt.Errorf("--addr %q is not host:port, such as 127.0.0.1:8080", addr))
	}
	if ip := net.ParseIP(host); host == "localhost" || ip != nil && ip.IsLoopback() {
		return nil
	}
	fmt.Fprintf(stderr, "guidepress: warning: serving on %s, not only on this computer: anyone who can reach it can read the guide and make packs; use --addr 127.0.0.1:PORT to keep it local\n", addr)
	return nil
}
