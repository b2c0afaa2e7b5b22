// Undo and Redo of a page's edits, as actions and toolbar buttons.
#pragma once

class QAction;
class QToolButton;
class QUndoStack;
class QWidget;

namespace stocktower::ui {

struct UndoActions {
    QAction* undo = nullptr;
    QAction* redo = nullptr;
};

// The stack's Undo and Redo with icons and the platform's shortcuts (Ctrl+Z; Ctrl+Shift+Z, and
// Ctrl+Y on Windows), added to the page and active while the focus is in it: a cell editor's own
// undo still wins inside the editor.
UndoActions addUndoActions(QWidget* page, QUndoStack* stack);

// An icon-only toolbar button for one of them (the tooltip names it).
QToolButton* iconToolButton(QAction* action, QWidget* parent);

} // namespace stocktower::ui
