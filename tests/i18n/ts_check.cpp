// stocktower_ts_check: reports what makes a Qt Linguist .ts file unfit to ship (unfinished,
// obsolete or vanished messages, placeholders that differ from the source) and, given a copy
// freshly updated by lupdate from the sources, messages the file lacks or no longer needs.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

#include <cstdio>
#include <map>
#include <optional>
#include <set>

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment; // disambiguation: part of the message's identity
    QString type;    // the translation's type attribute: "", unfinished, obsolete, vanished
    bool numerus = false;
    QStringList translations; // one, or one per numerus form
};

using Key = std::tuple<QString, QString, QString>;

std::optional<std::vector<TsMessage>> readTs(const QString& path, QString& error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return std::nullopt;
    }
    std::vector<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = TsMessage{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (inMessage && name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus) current.translations << xml.readElementText();
            } else if (inMessage && name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages.push_back(current);
        }
    }
    if (xml.hasError()) {
        error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return messages;
}

// The placeholders QString::arg and tr(…, n) fill: %1…%99, %L1…, %n, %Ln.
QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) found.insert(it.next().captured());
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

QString describe(const TsMessage& m) {
    QString source = m.source;
    source.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    QString text = QStringLiteral("[%1] \"%2\"").arg(m.context, source);
    if (!m.comment.isEmpty()) text += QStringLiteral(" (%1)").arg(m.comment);
    return text;
}

void report(const QString& file, const QString& problem, int& count) {
    std::printf("%s: %s\n", qPrintable(file), qPrintable(problem));
    ++count;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString refreshedPath;
    if (const auto at = args.indexOf(QStringLiteral("--refreshed")); at >= 0 && at + 1 < args.size()) {
        refreshedPath = args.at(at + 1);
        args.remove(at, 2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: stocktower_ts_check [--refreshed FRESH.ts] FILE.ts\n");
        return 2;
    }
    const QString path = args.front();
    const QString name = path.section(QLatin1Char('/'), -1);
    QString error;
    const auto messages = readTs(path, error);
    if (!messages) {
        std::fprintf(stderr, "%s: cannot read: %s\n", qPrintable(path), qPrintable(error));
        return 2;
    }

    int problems = 0;
    std::set<Key> present;
    for (const auto& m : *messages) {
        if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished")) {
            report(name, QStringLiteral("%1 message %2").arg(m.type, describe(m)), problems);
            continue;
        }
        present.insert({m.context, m.source, m.comment});
        const bool empty = m.translations.isEmpty() ||
                           std::all_of(m.translations.begin(), m.translations.end(),
                                       [](const QString& t) { return t.isEmpty(); });
        if (m.type == QLatin1String("unfinished") || empty) {
            report(name, QStringLiteral("unfinished message %1").arg(describe(m)), problems);
            continue;
        }
        const QStringList expected = placeholders(m.source);
        for (qsizetype i = 0; i < m.translations.size(); ++i) {
            const QStringList got = placeholders(m.translations.at(i));
            if (got == expected) continue;
            const QString form = m.numerus ? QStringLiteral(" (plural form %1)").arg(i + 1) : QString();
            report(name,
                   QStringLiteral("placeholders differ in %1%2: source has {%3}, translation has {%4}")
                       .arg(describe(m), form, expected.join(QLatin1Char(' ')), got.join(QLatin1Char(' '))),
                   problems);
        }
    }

    if (!refreshedPath.isEmpty()) {
        const auto refreshed = readTs(refreshedPath, error);
        if (!refreshed) {
            std::fprintf(stderr, "%s: cannot read: %s\n", qPrintable(refreshedPath), qPrintable(error));
            return 2;
        }
        std::map<Key, const TsMessage*> current;
        for (const auto& m : *refreshed)
            if (m.type != QLatin1String("obsolete") && m.type != QLatin1String("vanished"))
                current.emplace(Key{m.context, m.source, m.comment}, &m);
        for (const auto& [key, m] : current)
            if (!present.count(key))
                report(name, QStringLiteral("out of date: missing %1 (run the update_translations target)")
                                 .arg(describe(*m)),
                       problems);
        for (const auto& m : *messages)
            if (present.count({m.context, m.source, m.comment}) && !current.count({m.context, m.source, m.comment}))
                report(name, QStringLiteral("out of date: %1 is no longer in the sources").arg(describe(m)),
                       problems);
    }

    std::printf("%s: %zu messages, %d problem(s)\n", qPrintable(name), messages->size(), problems);
    return problems == 0 ? 0 : 1;
}
