#include "pages/policy_explain_view.h"

#include "text/core_text.h"
#include "text/explanation_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace stocktower::ui {

namespace {

// The translation context of this file's texts: lupdate files them under it too.
class PolicyExplainText {
    Q_DECLARE_TR_FUNCTIONS(PolicyExplainText)
};

QString esc(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

// "Safety stock" over its formula name "safety_stock", which the formulas use.
QString nameCell(const std::string& name) {
    const QString title = explainNameTitle(name);
    const QString id = esc(name);
    if (title == QString::fromStdString(name)) return QStringLiteral("<span class='id'>%1</span>").arg(id);
    return QStringLiteral("%1<br><span class='id'>%2</span>").arg(title.toHtmlEscaped(), id);
}

// Enough digits to retrace a formula by hand, no more.
QString number(double value, const QLocale& locale) {
    if (std::isnan(value)) return QStringLiteral("–");
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 1000 ? 0 : magnitude >= 10 ? 2 : magnitude >= 0.01 || magnitude == 0 ? 4 : 6;
    return locale.toString(value, 'f', decimals);
}

const char* kStyle =
    "<style>"
    "h3 { margin: 0 0 4px 0; }"
    "h4 { margin: 10px 0 2px 0; color: #444; }"
    "table { border-collapse: collapse; }"
    "th { text-align: left; background: #eef1f4; padding: 2px 8px; font-weight: 600; }"
    "td { padding: 2px 8px; border-bottom: 1px solid #e3e6ea; vertical-align: top; }"
    "td.num { text-align: right; white-space: nowrap; }"
    "td.formula { font-family: monospace; color: #333; }"
    "td.src { color: #555; }"
    "span.id { font-family: monospace; font-size: small; color: #666; white-space: nowrap; }"
    "</style>";

} // namespace

QString explanationHtml(const inventory::Explanation& explanation, const QString& title, const QLocale& locale) {
    QString html = QString::fromLatin1(kStyle);
    html += QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());

    html += QStringLiteral("<h4>%1</h4>").arg(PolicyExplainText::tr("Results"));
    html += QStringLiteral("<table width='100%'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(PolicyExplainText::tr("Result"), PolicyExplainText::tr("Value"), PolicyExplainText::tr("Unit"), PolicyExplainText::tr("Formula"));
    for (const auto& result : explanation.results)
        html += QStringLiteral("<tr><td>%1</td><td class='num'>%2</td><td>%3</td><td class='formula'>%4</td></tr>")
                    .arg(nameCell(result.name), number(result.value, locale), explainUnitText(result.unit).toHtmlEscaped(),
                         esc(result.formula));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(PolicyExplainText::tr("Inputs"));
    html += QStringLiteral("<table width='100%'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(PolicyExplainText::tr("Input"), PolicyExplainText::tr("Value"), PolicyExplainText::tr("Unit"), PolicyExplainText::tr("Source"));
    for (const auto& input : explanation.inputs)
        html += QStringLiteral("<tr><td>%1</td><td class='num'>%2</td><td>%3</td><td class='src'>%4</td></tr>")
                    .arg(nameCell(input.name), number(input.value, locale), explainUnitText(input.unit).toHtmlEscaped(),
                         explainSourceText(input.source).toHtmlEscaped());
    html += QStringLiteral("</table>");

    if (!explanation.notes.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul style='margin-top:0'>").arg(PolicyExplainText::tr("Notes"));
        for (const auto& note : explanation.notes) html += QStringLiteral("<li>%1</li>").arg(coreText(note).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace stocktower::ui
