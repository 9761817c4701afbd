"""Writes bpmn/tier3.bpmn (the tier-3 route) with its diagram. Run: python3 tools/gen_tier3.py
Kept as a generator so the layout stays tidy; the .bpmn is the source the engine and Camunda Modeler read."""
X = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="bpmn:tFormalExpression"'
els, flows, shapes = [], [], {}

def shape(id, x, y, w, h):
    shapes[id] = (x, y, w, h)

def task(id, name, x, y):
    shape(id, x, y, 120, 80)

def ev(id, x, y):
    shape(id, x, y, 36, 36)

def gw(id, x, y):
    shape(id, x, y, 50, 50)

def stage(id, name, value, x, y):
    els.append(f'''    <bpmn:serviceTask id="{id}" name="{name}">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="aanwezig.case.stage" retries="3" />
        <zeebe:taskHeaders><zeebe:header key="stage" value="{value}" /></zeebe:taskHeaders>
      </bpmn:extensionElements>
    </bpmn:serviceTask>''')
    task(id, name, x, y)

def figures(id, x, y):
    els.append(f'''    <bpmn:serviceTask id="{id}" name="Cijfers en trend ophalen">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="aanwezig.case.figures" retries="3" />
      </bpmn:extensionElements>
    </bpmn:serviceTask>''')
    task(id, None, x, y)

def ask(id, name, type, headers, x, y):
    # a step that asks the family (their view, their agreement): it writes a request and never waits for an answer
    hdr = ''.join(f'<zeebe:header key="{k}" value="{v}" />' for k, v in headers)
    hdr = f'\n        <zeebe:taskHeaders>{hdr}</zeebe:taskHeaders>' if hdr else ''
    els.append(f'''    <bpmn:serviceTask id="{id}" name="{name}">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="{type}" retries="3" />{hdr}
      </bpmn:extensionElements>
    </bpmn:serviceTask>''')
    task(id, name, x, y)

def ask_view(id, x, y):
    ask(id, 'Stem van leerling en ouders vragen', 'aanwezig.family.ask-view',
        [('occasion', 'EVALUATION'), ('dueVariable', 'nextEvaluation')], x, y)

def user(id, name, form, x, y, assignee=None, group="oc", due=None, context=None, inputs=()):
    a = f' assignee="{assignee}"' if assignee else ''
    hdr = [f'<zeebe:header key="form" value="{form}" />', f'<zeebe:header key="titleKey" value="task.{id}" />']
    if due:
        hdr.append(f'<zeebe:header key="dueVariable" value="{due}" />')
    if context:
        hdr.append(f'<zeebe:header key="contextVariables" value="{context}" />')
    io = ''
    if inputs:
        io = '\n        <zeebe:ioMapping>' + ''.join(
            f'\n          <zeebe:input source="{s}" target="{t}" />' for s, t in inputs) + '\n        </zeebe:ioMapping>'
    els.append(f'''    <bpmn:userTask id="{id}" name="{name}">
      <bpmn:extensionElements>
        <zeebe:assignmentDefinition{a} candidateGroups="{group}" />
        <zeebe:taskHeaders>
          {chr(10).join("          " + h if i else h for i, h in enumerate(hdr))}
        </zeebe:taskHeaders>{io}
      </bpmn:extensionElements>
    </bpmn:userTask>''')
    task(id, name, x, y)

def timer(id, name, expr, x, y):
    els.append(f'''    <bpmn:intermediateCatchEvent id="{id}" name="{name}">
      <bpmn:timerEventDefinition id="{id}-def">
        <bpmn:timeDate {X}>{expr}</bpmn:timeDate>
      </bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>''')
    ev(id, x, y)

def gateway(id, name, x, y, default=None):
    d = f' default="{default}"' if default else ''
    els.append(f'    <bpmn:exclusiveGateway id="{id}" name="{name}"{d} />')
    gw(id, x, y)

def flow(id, src, dst, name=None, cond=None, via=None):
    flows.append((id, src, dst, name, cond, via))

# the evaluation is held in the week the timer fires: the task is due a week after it opens
EVAL_DUE = '=string(date(nextEvaluation) + duration(&quot;P7D&quot;))'
AT = lambda var: f'=date and time(date({var}), time(&quot;07:00:00@Europe/Amsterdam&quot;))'

els.append('''    <bpmn:startEvent id="to-sat" name="Naar SAT-analyse" />''')
ev('to-sat', 152, 122)
stage('stage-sat', 'Fase: SAT-analyse', 'SAT_ANALYSIS', 230, 100)
figures('figures-sat', 380, 100)
els.append('''    <bpmn:businessRuleTask id="decide-band" name="Band bepalen">
      <bpmn:extensionElements>
        <zeebe:calledDecision decisionId="attendance-band" resultVariable="band" />
      </bpmn:extensionElements>
    </bpmn:businessRuleTask>
    <bpmn:businessRuleTask id="advise" name="Advies op band en trend">
      <bpmn:extensionElements>
        <zeebe:calledDecision decisionId="tier3-advice" resultVariable="satAdvice" />
      </bpmn:extensionElements>
    </bpmn:businessRuleTask>''')
task('decide-band', None, 530, 100)
task('advise', None, 680, 100)
user('sat-analysis', 'SAT-analyse: factoren, hypothesen, advies en besluit', 'sat-analysis', 830, 100,
     group="sat", context="satAdvice,band,trend,attendancePct,recentPct,previousPct")
gateway('sat-decision', 'Besluit SAT?', 1000, 115, default='f-sat-yellow')

# yellow monitoring
stage('stage-yellow', 'Fase: geel, monitoren', 'YELLOW_MONITORING', 1100, 300)
timer('review-wait', 'Reviewdatum', AT('reviewAt'), 1272, 322)
figures('figures-review', 1350, 300)
user('yellow-review', 'Monitoring evalueren', 'monitoring-review', 1500, 300, group="sat",
     context="band,trend,attendancePct,recentPct,previousPct")
gateway('review-decision', 'Uitkomst review?', 1670, 315, default='f-review-continue')

# orange plan
stage('stage-orange', 'Fase: oranje, plan patronen doorbreken', 'ORANGE_PLAN', 1100, 520)
user('appoint-regievoerder', 'Regievoerder aanwijzen', 'regievoerder', 1250, 520)
user('draw-plan', "Plan 'patronen doorbreken' opstellen", 'plan', 1400, 520, assignee='=regievoerder')
ask('ask-agreement', 'Instemming gezin met het plan vragen', 'aanwezig.family.ask-agreement', [], 1550, 520)
ask_view('ask-view-evaluation', 1700, 520)
timer('evaluation-wait', 'Evaluatiemoment (elke n weken)', AT('nextEvaluation'), 1872, 542)
figures('figures-evaluation', 1950, 520)
user('evaluate-plan', 'Plan evalueren', 'plan-evaluation', 2100, 520, assignee='=regievoerder',
     due='evaluationDue', inputs=[(EVAL_DUE, 'evaluationDue')], context="band,trend,attendancePct,recentPct,previousPct")
gateway('evaluation-decision', 'Besluit evaluatie?', 2270, 535, default='f-eval-continue')

# red arrangement
stage('stage-red', 'Fase: rood, zorg-onderwijsarrangement', 'RED_ARRANGEMENT', 1100, 760)
user('draw-arrangement', 'Zorg-onderwijsarrangement vastleggen', 'arrangement', 1250, 760, assignee='=regievoerder')
ask_view('ask-view-arrangement', 1400, 760)
timer('arrangement-wait', 'Evaluatiemoment arrangement', AT('nextEvaluation'), 1572, 782)
figures('figures-arrangement', 1650, 760)
user('evaluate-arrangement', 'Arrangement evalueren', 'arrangement-evaluation', 1800, 760, assignee='=regievoerder',
     due='evaluationDue', inputs=[(EVAL_DUE, 'evaluationDue')], context="band,trend,attendancePct,recentPct,previousPct")
gateway('arrangement-decision', 'Besluit arrangement?', 1970, 775, default='f-arr-continue')
stage('stage-back-orange', 'Fase: terug naar oranje', 'ORANGE_PLAN', 2100, 650)

# closing
els.append('''    <bpmn:serviceTask id="close-case" name="Dossier sluiten">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="aanwezig.case.close" retries="3" />
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:endEvent id="attendance-restored" name="Aanwezigheid hersteld" />''')
task('close-case', None, 2500, 100)
ev('attendance-restored', 2692, 122)

flow('f-1', 'to-sat', 'stage-sat')
flow('f-2', 'stage-sat', 'figures-sat')
flow('f-3', 'figures-sat', 'decide-band')
flow('f-4', 'decide-band', 'advise')
flow('f-5', 'advise', 'sat-analysis')
flow('f-6', 'sat-analysis', 'sat-decision')
flow('f-sat-yellow', 'sat-decision', 'stage-yellow', 'Geel: monitoren', via=[(1025, 340)])
flow('f-sat-orange', 'sat-decision', 'stage-orange', 'Oranje: plan', '=satDecision = "ORANGE"', via=[(1025, 480), (1080, 480), (1080, 560)])
flow('f-y1', 'stage-yellow', 'review-wait')
flow('f-y2', 'review-wait', 'figures-review')
flow('f-y3', 'figures-review', 'yellow-review')
flow('f-y4', 'yellow-review', 'review-decision')
flow('f-review-continue', 'review-decision', 'review-wait', 'Doorgaan', via=[(1695, 420), (1290, 420)])
flow('f-review-orange', 'review-decision', 'stage-orange', 'Naar oranje', '=reviewDecision = "ORANGE"', via=[(1720, 340), (1720, 460), (1160, 460)])
flow('f-review-restored', 'review-decision', 'close-case', 'Hersteld', '=reviewDecision = "RESTORED"', via=[(1695, 140)])
flow('f-o1', 'stage-orange', 'appoint-regievoerder')
flow('f-o2', 'appoint-regievoerder', 'draw-plan')
flow('f-o3', 'draw-plan', 'ask-agreement')
flow('f-o3a', 'ask-agreement', 'ask-view-evaluation')
flow('f-o3b', 'ask-view-evaluation', 'evaluation-wait')
flow('f-o4', 'evaluation-wait', 'figures-evaluation')
flow('f-o5', 'figures-evaluation', 'evaluate-plan')
flow('f-o6', 'evaluate-plan', 'evaluation-decision')
flow('f-eval-continue', 'evaluation-decision', 'ask-agreement', 'Doorgaan', via=[(2295, 640), (1610, 640)])
flow('f-eval-step-down', 'evaluation-decision', 'stage-yellow', 'Terug naar geel', '=evaluationDecision = "STEP_DOWN"', via=[(2295, 480), (2350, 480), (2350, 260), (1160, 260)])
flow('f-eval-escalate', 'evaluation-decision', 'stage-red', 'Escaleren naar rood', '=evaluationDecision = "ESCALATE"', via=[(2320, 560), (2380, 560), (2380, 745), (1160, 745)])
flow('f-eval-restored', 'evaluation-decision', 'close-case', 'Hersteld', '=evaluationDecision = "RESTORED"', via=[(2450, 560), (2450, 140)])
flow('f-r1', 'stage-red', 'draw-arrangement')
flow('f-r2', 'draw-arrangement', 'ask-view-arrangement')
flow('f-r2a', 'ask-view-arrangement', 'arrangement-wait')
flow('f-r3', 'arrangement-wait', 'figures-arrangement')
flow('f-r4', 'figures-arrangement', 'evaluate-arrangement')
flow('f-r5', 'evaluate-arrangement', 'arrangement-decision')
flow('f-arr-continue', 'arrangement-decision', 'ask-view-arrangement', 'Doorgaan', via=[(1995, 880), (1460, 880)])
flow('f-arr-orange', 'arrangement-decision', 'stage-back-orange', 'Terug naar oranje', '=arrangementDecision = "BACK_TO_ORANGE"', via=[(1995, 690)])
flow('f-arr-back', 'stage-back-orange', 'ask-view-evaluation', via=[(2160, 620), (1760, 620)])
flow('f-arr-close', 'arrangement-decision', 'close-case', 'Afsluiten', '=arrangementDecision = "CLOSE"', via=[(2480, 800), (2480, 140)])
flow('f-close', 'close-case', 'attendance-restored')

def center(id):
    x, y, w, h = shapes[id]
    return x + w / 2, y + h / 2

def edge_points(src, dst, via):
    sx, sy = center(src); dx, dy = center(dst)
    pts = [(sx, sy)] + (via or []) + [(dx, dy)]
    return pts

incoming = {}
outgoing = {}
for fid, s, d, n, c, v in flows:
    outgoing.setdefault(s, []).append(fid)
    incoming.setdefault(d, []).append(fid)

def with_io(el):
    # insert incoming/outgoing after the opening tag (or into a self-closed one)
    import re
    m = re.match(r'\s*<bpmn:(\w+) id="([^"]+)"', el)
    tag, id = m.group(1), m.group(2)
    refs = ''.join(f'\n      <bpmn:incoming>{f}</bpmn:incoming>' for f in incoming.get(id, [])) + \
           ''.join(f'\n      <bpmn:outgoing>{f}</bpmn:outgoing>' for f in outgoing.get(id, []))
    if tag == 'intermediateCatchEvent':
        # BPMN wants incoming/outgoing before the event definition
        first, rest = el.split('\n', 1)
        return first + refs + '\n' + rest
    if el.rstrip().endswith('/>') and el.count('<') == 1:
        return el.rstrip()[:-2].rstrip() + '>' + refs + f'\n    </bpmn:{tag}>'
    close = f'</bpmn:{tag}>'
    i = el.rfind(close)
    return el[:i].rstrip() + refs + '\n    ' + el[i:]

body = []
for el in els:
    for part in el.split('\n    <bpmn:'):
        if not part.strip():
            continue
        part = part if part.startswith('    <bpmn:') else '    <bpmn:' + part
        body.append(with_io(part))
for fid, s, d, n, c, v in flows:
    name = f' name="{n}"' if n else ''
    if c:
        body.append(f'    <bpmn:sequenceFlow id="{fid}"{name} sourceRef="{s}" targetRef="{d}">\n'
                    f'      <bpmn:conditionExpression {X}>{c.replace(chr(34), "&quot;")}</bpmn:conditionExpression>\n'
                    f'    </bpmn:sequenceFlow>')
    else:
        body.append(f'    <bpmn:sequenceFlow id="{fid}"{name} sourceRef="{s}" targetRef="{d}" />')

di = []
for id, (x, y, w, h) in shapes.items():
    marker = ' isMarkerVisible="true"' if w == 50 else ''
    di.append(f'      <bpmndi:BPMNShape id="s-{id}" bpmnElement="{id}"{marker}><dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" /></bpmndi:BPMNShape>')
for fid, s, d, n, c, v in flows:
    pts = ''.join(f'<di:waypoint x="{int(px)}" y="{int(py)}" />' for px, py in edge_points(s, d, v))
    di.append(f'      <bpmndi:BPMNEdge id="e-{fid}" bpmnElement="{fid}">{pts}</bpmndi:BPMNEdge>')

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by tools/gen_tier3.py; edit there or in Camunda Modeler (then keep the generator in step or drop it). -->
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                  xmlns:modeler="http://camunda.org/schema/modeler/1.0"
                  id="tier3-definitions" targetNamespace="https://aanwezig.nl/bpmn"
                  exporter="Camunda Modeler" exporterVersion="5.30.0"
                  modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.8.0">
  <bpmn:process id="tier3" name="Tier 3: SAT-analyse, plan patronen doorbreken en zorg-onderwijsarrangement" isExecutable="true">
    <bpmn:documentation>De route van tier 3 van de piramide van aanwezigheid. Het schoolaanwezigheidsteam (SAT) analyseert de factoren en besluit, met het advies van de beslistabel op band en trend, tussen geel (gerichte interventie, monitoren tot een reviewdatum) en oranje (een regievoerder en een integraal plan patronen doorbreken, met een evaluatie elke n weken vanaf de start van het plan). Een evaluatie besluit: doorgaan, terug naar geel, escaleren naar een rood zorg-onderwijsarrangement, of hersteld (dossier sluiten). Niets in rood sluit vanzelf: het arrangement eindigt alleen door een besluit. Het gezin wordt om instemming gevraagd zodra het plan is opgesteld of na een evaluatie die doorgaat (alleen opnieuw als het plan wezenlijk veranderde), en om de stem van leerling en ouders voor elke evaluatie; de route wacht niet op hun antwoord.</bpmn:documentation>
{chr(10).join(body)}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram">
    <bpmndi:BPMNPlane id="plane" bpmnElement="tier3">
{chr(10).join(di)}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
'''
# shapes without a name attribute in their element got None: names live in the element only
open('bpmn/tier3.bpmn', 'w').write(doc)
