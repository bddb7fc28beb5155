#include "preferencesdialog.h"

#include "storage/projectfile.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace portolan {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setText(QSettings().value(ProjectFile::authorSettingKey()).toString());
    m_name->setPlaceholderText(ProjectFile::systemAuthor()); // what is recorded when it stays empty
    auto *help
        = new QLabel(tr("Your name is recorded as the author of every revision you save and as the "
                        "reviewer of the changes you sign off. Left empty, the name of your account is "
                        "used."),
            this);
    help->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(buttons);
    resize(460, 160);
}

void PreferencesDialog::accept()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty())
        QSettings().remove(ProjectFile::authorSettingKey());
    else
        QSettings().setValue(ProjectFile::authorSettingKey(), name);
    QDialog::accept();
}

} // namespace portolan
