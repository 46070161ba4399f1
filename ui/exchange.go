package ui

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"postwijs/drafts"
)

// Export, import and backup of drafts, from the File menu. The drafts
// package does the work; this file only asks where.

func (w *Window) allDrafts() ([]drafts.Draft, error) {
	w.editor.saveNow()
	return w.store.Find(drafts.ListFilter{})
}

func (w *Window) exportJSON() {
	dialog.ShowFileSave(func(wr fyne.URIWriteCloser, err error) {
		if err != nil || wr == nil {
			return
		}
		defer wr.Close()
		ds, err := w.allDrafts()
		if err == nil {
			err = drafts.WriteJSON(wr, ds)
		}
		w.reportExchange(err, T("status.exported", len(ds), wr.URI().Name()))
	}, w.win)
}

func (w *Window) exportMarkdown() {
	dialog.ShowFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		ds, err := w.allDrafts()
		if err == nil {
			err = drafts.ExportMarkdown(dir.Path(), ds)
		}
		w.reportExchange(err, T("status.exported", len(ds), dir.Name()))
	}, w.win)
}

func (w *Window) importDrafts() {
	dialog.ShowFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		w.importFrom(path)
	}, w.win)
}

// importFrom adds the drafts of an export file; all or nothing.
func (w *Window) importFrom(path string) {
	ds, err := drafts.ReadExport(path)
	added, skipped := 0, 0
	if err == nil {
		added, skipped, err = w.store.Import(ds)
	}
	w.reportExchange(err, T("status.imported", added, skipped))
	w.list.refresh()
}

func (w *Window) backup() {
	dialog.ShowFileSave(func(wr fyne.URIWriteCloser, err error) {
		if err != nil || wr == nil {
			return
		}
		// The dialog created an empty file; the backup writes a new one.
		path := wr.URI().Path()
		wr.Close()
		os.Remove(path)
		w.editor.saveNow()
		w.reportExchange(w.store.Backup(path), T("status.backedup", wr.URI().Name()))
	}, w.win)
}

func (w *Window) reportExchange(err error, done string) {
	if err != nil {
		w.showError(T("error.exchange"), err)
		return
	}
	w.setStatus(done)
}
