#pragma once

#include <QDialog>

class QLineEdit;

namespace portolan {

/**
 * Edit > Preferences: the user's name, which every revision saved and every sign-off records
 * (the setting "project/author"). Empty means the operating system's user.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    void accept() override;

private:
    QLineEdit *m_name;
};

} // namespace portolan
