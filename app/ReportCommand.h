#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace homeward {

// `homeward report`: a printed sheet as a PDF, without a window.
//   homeward report --database PATH --batch ID [--kind summary|checklist] [--person ID] --pdf OUT.pdf
//   homeward report --database PATH --exchange ID --pdf OUT.pdf
// Reads only (no account needed, the database is not migrated or changed).
// OUT.pdf is written through a temporary file and appears only when complete.
class ReportCommand final {
    Q_DECLARE_TR_FUNCTIONS(homeward::ReportCommand)

public:
    static int run(const QStringList &arguments, const QString &globalDatabase);

    // Whether the program's arguments (program name first) name the report
    // command. Drawing a PDF needs a QGuiApplication (fonts), so main()
    // makes one, on the offscreen platform, for this command only.
    static bool requested(const QStringList &arguments);
};

} // namespace homeward
