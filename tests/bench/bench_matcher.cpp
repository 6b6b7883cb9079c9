// The registry matcher against a generated registry of 1,000,000 persons (HOMEWARD_BENCH_REGISTRY overrides
// the size): index build time and size, a batch of 1,000 persons, one person, peak memory, and the evaluation
// report per variation. Lines starting with "FIGURE" are collected by tests/bench/run.sh.
// Run through tests/bench/run.sh.

#include "EvaluationSet.h"

#include "names/Matcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <malloc.h>

using namespace homeward;
using namespace homeward::names;

namespace {

constexpr qsizetype kBatch = 1000;
constexpr qsizetype kEvaluationList = 10000;

qsizetype registrySize()
{
    bool ok = false;
    const qsizetype size = qEnvironmentVariableIntValue("HOMEWARD_BENCH_REGISTRY", &ok);
    return ok && size > 0 ? size : 1000000;
}

// A figure of /proc/self/status in kB ("VmHWM", "VmRSS"); -1 when unavailable.
qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0))
                                          : QStringLiteral("?");
}

void figure(const QString &text)
{
    std::printf("FIGURE %s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace

class MatcherBench final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchBatch();
    void matchOnePerson();
    void singlePersonLatency();
    void evaluationReport();
    void cleanupTestCase();

private:
    RegistryIndex m_index;
    QList<evaluation::ListEntry> m_list;
    QList<MatchRecord> m_batch;
};

void MatcherBench::initTestCase()
{
    evaluation::Options options;
    options.registrySize = registrySize();
    options.listSize = kEvaluationList;
    options.seed = 4;
    QElapsedTimer timer;
    timer.start();
    evaluation::EvaluationSet set = evaluation::generate(options);
    const qint64 generated = timer.elapsed();

    timer.restart();
    const double cpu = cpuMs();
    m_index.reserve(set.registry.size());
    for (const MatchRecord &r : std::as_const(set.registry))
        m_index.add(r);
    m_index.finish();
    const qint64 built = timer.elapsed();
    const double buildCpu = cpuMs() - cpu;
    const qint64 peakWithSource = statusKb("VmHWM");
    set.registry = {}; // the source records are not part of the index
    malloc_trim(0);    // give their pages back, so that VmRSS shows the index
    m_list = std::move(set.list);
    for (qsizetype i = 0; i < kBatch; ++i)
        m_batch << m_list.at(i).person;

    figure(QStringLiteral("registry size: %1 persons (generated in %2 ms)").arg(m_index.size()).arg(generated));
    figure(QStringLiteral("index build: %1 ms wall, %2 ms CPU (one thread)").arg(built).arg(buildCpu, 0, 'f', 0));
    figure(QStringLiteral("index memoryBytes: %1 MB").arg(double(m_index.memoryBytes()) / 1048576.0, 0, 'f', 1));
    figure(QStringLiteral("peak RSS after build, generated source records included: %1 MB")
               .arg(double(peakWithSource) / 1024.0, 0, 'f', 1));
    figure(QStringLiteral("RSS with the index alone (source records freed): %1 MB")
               .arg(double(statusKb("VmRSS")) / 1024.0, 0, 'f', 1));
}

void MatcherBench::matchBatch()
{
    QList<MatchResult> results;
    QBENCHMARK
    {
        results = matchAll(m_index, m_batch);
    }
    QCOMPARE(results.size(), m_batch.size());
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuMs();
    results = matchAll(m_index, m_batch);
    figure(QStringLiteral("matchAll %1 persons vs %2 (2 workers): %3 ms wall, %4 ms CPU (load average %5)")
               .arg(m_batch.size())
               .arg(m_index.size())
               .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
               .arg(cpuMs() - cpu, 0, 'f', 1)
               .arg(loadAverage()));
}

void MatcherBench::matchOnePerson()
{
    const MatchRecord &person = m_batch.constFirst();
    MatchResult result;
    QBENCHMARK
    {
        result = m_index.match(person);
    }
    QVERIFY(result.score() >= 0.0);
}

void MatcherBench::singlePersonLatency()
{
    // Every person of the batch alone, one thread: the median and the worst, as an official typing would see.
    std::vector<double> ms;
    std::vector<double> cpu;
    ms.reserve(size_t(m_batch.size()));
    for (const MatchRecord &person : std::as_const(m_batch)) {
        QElapsedTimer timer;
        timer.start();
        const double start = threadCpuMs();
        const MatchResult result = m_index.match(person);
        cpu.push_back(threadCpuMs() - start);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        QVERIFY(result.score() >= 0.0);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    figure(QStringLiteral("one person vs %1, CPU time: median %2 ms, 99th percentile %3 ms, worst %4 ms")
               .arg(m_index.size())
               .arg(cpu[cpu.size() / 2], 0, 'f', 3)
               .arg(cpu[cpu.size() * 99 / 100], 0, 'f', 3)
               .arg(cpu.back(), 0, 'f', 3));
    figure(QStringLiteral("one person vs %1: median %2 ms, 99th percentile %3 ms, worst %4 ms (wall, load average %5)")
               .arg(m_index.size())
               .arg(ms[ms.size() / 2], 0, 'f', 3)
               .arg(ms[ms.size() * 99 / 100], 0, 'f', 3)
               .arg(ms.back(), 0, 'f', 3)
               .arg(loadAverage()));
}

void MatcherBench::evaluationReport()
{
    QList<MatchRecord> persons;
    persons.reserve(m_list.size());
    for (const evaluation::ListEntry &e : std::as_const(m_list))
        persons << e.person;
    const QList<MatchResult> results = matchAll(m_index, persons);
    evaluation::EvaluationSet set;
    set.list = m_list;
    const QList<evaluation::VariationReport> rows = evaluation::evaluate(set, results);
    figure(QStringLiteral("evaluation, %1 list persons vs %2 registry:").arg(persons.size()).arg(m_index.size()));
    for (const QString &line : evaluation::formatReport(rows).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        figure(QStringLiteral("  ") + line);
    int falseMatches = 0;
    for (const evaluation::VariationReport &row : rows)
        falseMatches += row.falseMatches;
    QCOMPARE(falseMatches, 0);
}

void MatcherBench::cleanupTestCase()
{
    figure(
        QStringLiteral("peak RSS (VmHWM) of the whole run: %1 MB").arg(double(statusKb("VmHWM")) / 1024.0, 0, 'f', 1));
}

QTEST_GUILESS_MAIN(MatcherBench)
#include "bench_matcher.moc"
