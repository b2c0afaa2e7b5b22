// Translated display text for names and descriptions that the core's data dictionary holds in English.
#pragma once

#include "domain/record_types.h"
#include "exchange/problem.h"

#include <QString>

namespace stocktower::ui {

QString recordTypeTitle(const domain::RecordType& type);
QString recordTypeDescription(const domain::RecordType& type);
QString fieldDescription(const domain::FieldSpec& field);
QString fieldTypeTitle(domain::FieldType type);
QString severityTitle(exchange::Severity severity);

} // namespace stocktower::ui
