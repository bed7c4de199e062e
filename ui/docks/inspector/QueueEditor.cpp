#include "ui/docks/inspector/QueueEditor.h"

#include "ui/docks/inspector/FieldWidgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSignalBlocker>
#include <QSpinBox>

namespace topo {

namespace {

constexpr int kMaxNodes = 99;

} // namespace

QueueEditor::QueueEditor(Document* document, QWidget* parent)
    : ElementEditor(document, parent), m_name(new ValidatedLineEdit(checkName, this)),
      m_environment(new QComboBox(this)), m_nodes(makeNodesSpin(kMaxNodes, this)),
      m_host(new QComboBox(this)),
      m_tcp(new QCheckBox(tr("TCP load balancer in front of the nodes"), this)),
      m_version(new ValidatedLineEdit(checkVersion, this))
{
    setObjectName(QStringLiteral("queueEditor"));
    m_name->lineEdit()->setObjectName(QStringLiteral("queueName"));
    m_name->lineEdit()->setAccessibleName(tr("Queue name"));
    m_environment->setAccessibleName(tr("Environment"));
    m_nodes->setObjectName(QStringLiteral("queueNodes"));
    m_nodes->setAccessibleName(tr("Nodes"));
    m_host->setAccessibleName(tr("Host server"));
    m_version->lineEdit()->setObjectName(QStringLiteral("queueVersion"));
    m_version->lineEdit()->setAccessibleName(tr("RabbitMQ version"));
    m_version->lineEdit()->setPlaceholderText(tr("e.g. 3.12.4"));

    form()->addRow(tr("Name:"), m_name);
    form()->addRow(tr("Environment:"), m_environment);
    form()->addRow(tr("Nodes:"), m_nodes);
    form()->addRow(tr("Runs on:"), m_host);
    form()->addRow(QString(), m_tcp);
    form()->addRow(tr("Version:"), m_version);

    const QString kind = tr("queues");
    connect(m_name, &ValidatedLineEdit::edited, this, [this, kind](const QString& text) {
        editEach<MessageQueue>([&](MessageQueue& q) { q.name = ss(text); },
                               tr("Rename %1 to %2").arg(subjectLabel(kind), text),
                               Field::QueueName);
    });
    bindEnvironment(m_environment, kind, Field::QueueEnv);
    connect(m_nodes, &QSpinBox::valueChanged, this, [this, kind](int v) {
        editEach<MessageQueue>([v](MessageQueue& q) { q.nodes = v; },
                               tr("Set %1 to %2 nodes").arg(subjectLabel(kind)).arg(v),
                               Field::QueueNodes);
    });
    connect(m_host, &QComboBox::activated, this, [this, kind](int) {
        const std::string host = ss(m_host->currentData().toString());
        editEach<MessageQueue>([&](MessageQueue& q) { q.hostServer = host; },
                               tr("Run %1 on %2").arg(subjectLabel(kind), m_host->currentText()),
                               Field::QueueHost);
    });
    connect(m_tcp, &QCheckBox::clicked, this, [this, kind](bool on) {
        editEach<MessageQueue>([on](MessageQueue& q) { q.tcpLoadBalancer = on; },
                               (on ? tr("Put a TCP load balancer in front of %1")
                                   : tr("Remove the TCP load balancer of %1"))
                                   .arg(subjectLabel(kind)),
                               Field::QueueTcp);
    });
    connect(m_version, &ValidatedLineEdit::edited, this, [this, kind](const QString& text) {
        editEach<MessageQueue>([&](MessageQueue& q) { q.version = ss(text); },
                               tr("Set version of %1 to %2").arg(subjectLabel(kind), text),
                               Field::QueueVersion);
    });
}

void QueueEditor::refresh()
{
    const MessageQueue* q = findById(topology().messageQueues, firstId());
    if (!q)
        return;
    setTitle(tr("RabbitMQ %1").arg(qs(q->name)));
    m_name->showValue(qs(q->name));
    fillEnvironmentCombo(m_environment);
    selectComboData(m_environment, qs(q->environment));
    {
        const QSignalBlocker b1(m_nodes);
        const QSignalBlocker b2(m_tcp);
        m_nodes->setValue(static_cast<int>(q->nodes));
        m_tcp->setChecked(q->tcpLoadBalancer);
    }
    {
        const QSignalBlocker blocker(m_host);
        m_host->clear();
        m_host->addItem(tr("its own machines"), QString());
        for (const Server& server : topology().servers)
            if (server.environment == q->environment || server.id == q->hostServer)
                m_host->addItem(qs(server.name), qs(server.id));
    }
    selectComboData(m_host, qs(q->hostServer));
    m_version->showValue(qs(q->version));
}

} // namespace topo
