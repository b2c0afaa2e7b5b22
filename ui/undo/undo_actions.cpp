#include "undo/undo_actions.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QToolButton>
#include <QUndoStack>
#include <QWidget>

namespace stocktower::ui {

UndoActions addUndoActions(QWidget* page, QUndoStack* stack) {
    UndoActions actions;
    actions.undo = stack->createUndoAction(page, QCoreApplication::translate("UndoActions", "&Undo"));
    actions.undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    actions.undo->setShortcut(QKeySequence::Undo);
    actions.redo = stack->createRedoAction(page, QCoreApplication::translate("UndoActions", "&Redo"));
    actions.redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    actions.redo->setShortcut(QKeySequence::Redo);
    for (QAction* action : {actions.undo, actions.redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page->addAction(action);
    }
    return actions;
}

QToolButton* iconToolButton(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    return button;
}

} // namespace stocktower::ui
