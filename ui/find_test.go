package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// walk visits every object in a tree of containers and simple widgets.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) bool {
	if !visit(o) {
		return false
	}
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			if !walk(c, visit) {
				return false
			}
		}
	case fyne.Widget:
		if _, isButton := o.(*widget.Button); isButton {
			return true
		}
		for _, c := range rendererObjects(v) {
			if !walk(c, visit) {
				return false
			}
		}
	}
	return true
}

func rendererObjects(w fyne.Widget) []fyne.CanvasObject {
	switch v := w.(type) {
	case *tapArea:
		return []fyne.CanvasObject{v.content}
	}
	return nil
}

func findButton(t *testing.T, root fyne.CanvasObject, prefix string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(root, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, prefix) {
			found = b
			return false
		}
		return true
	})
	if found == nil {
		t.Fatalf("no button starting with %q", prefix)
	}
	return found
}

func findTapArea(t *testing.T, root fyne.CanvasObject) *tapArea {
	t.Helper()
	var found *tapArea
	walk(root, func(o fyne.CanvasObject) bool {
		if a, ok := o.(*tapArea); ok {
			found = a
			return false
		}
		return true
	})
	if found == nil {
		t.Fatal("no finding card")
	}
	return found
}

func containsText(root fyne.CanvasObject, s string) bool {
	found := false
	walk(root, func(o fyne.CanvasObject) bool {
		switch v := o.(type) {
		case *widget.Label:
			found = strings.Contains(v.Text, s)
		case *widget.Button:
			found = strings.Contains(v.Text, s)
		case *widget.Hyperlink:
			found = strings.Contains(v.Text, s)
		}
		return !found
	})
	return found
}

func findLink(t *testing.T, root fyne.CanvasObject, prefix string) *widget.Hyperlink {
	t.Helper()
	var found *widget.Hyperlink
	walk(root, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Hyperlink); ok && strings.HasPrefix(l.Text, prefix) {
			found = l
			return false
		}
		return true
	})
	if found == nil {
		t.Fatalf("no link starting with %q", prefix)
	}
	return found
}
