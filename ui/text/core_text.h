// Translated display text for what the core says in English: the data dictionary's names and descriptions, and messages (util/message.h).
#pragma once

#include "domain/record_types.h"
#include "exchange/problem.h"
#include "util/message.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace stocktower::ui {

QString recordTypeTitle(const domain::RecordType& type);
QString recordTypeDescription(const domain::RecordType& type);
QString fieldDescription(const domain::FieldSpec& field);
QString fieldTypeTitle(domain::FieldType type);
QString severityTitle(exchange::Severity severity);

// A core message in the user's language (context "CoreMessage"); English without a translation.
QString coreText(const util::Message& message);
QStringList coreTexts(const std::vector<util::Message>& messages);

} // namespace stocktower::ui
