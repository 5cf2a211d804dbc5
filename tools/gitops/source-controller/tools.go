//go:build tools

// Package tools pins the controller this module builds.
package tools

import _ "github.com/fluxcd/source-controller"
