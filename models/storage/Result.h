#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace homeward {

// A failure as a value: `message` is translated text for the official,
// `detail` is the driver's or system's own text (not translated), kept for
// diagnosis and shown after the message. `stale`: the write was refused
// because the record changed since the official read it (StaleEdit.h); a
// form then keeps the official's values and offers to reload.
struct Error final {
    QString message;
    QString detail;
    bool stale = false;

    QString text() const { return detail.isEmpty() ? message : message + QStringLiteral(": ") + detail; }
};

// Success or an Error, for operations that return nothing.
class [[nodiscard]] Status final {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_ok(false) {}
    static Status failure(QString message, QString detail = {}) { return Status(Error{std::move(message), std::move(detail)}); }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }
    QString text() const { return m_error.text(); }

private:
    Error m_error;
    bool m_ok = true;
};

// A value or an Error. Works for move-only values too.
template <typename T>
class [[nodiscard]] Result final {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}
    // From a failed Status; a successful Status carries no value, so it must not be passed.
    Result(const Status &failed) : m_data(failed.error()) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }
    QString text() const { return ok() ? QString() : error().text(); }
    Status status() const { return ok() ? Status() : Status(error()); }

private:
    std::variant<T, Error> m_data;
};

} // namespace homeward
