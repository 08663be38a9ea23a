'use strict';
// Chinese first, English on the toggle. Enumeration values keep the service's names as keys.
window.BOARD_I18N = {
  zh: {
    title: '整改台账 · 督导看板', switchLanguage: 'English', logout: '退出', tokenLabel: '看板令牌', open: '打开看板',
    tokenHint: '令牌只保存在本浏览器标签页中（sessionStorage），也可以用 #token=… 打开本页。',
    badToken: '令牌无效或已过期，请重新输入。', failed: '数据加载失败：', updated: '更新于 ',
    keyAreas: '重点领域（立案、信访、执行）', escalatedFirst: '挂牌督办与重点领域问题', units: '各单位整改情况',
    trends: '每周趋势', ledgerNumber: '台账编号', unit: '单位', problem: '问题', keyAreasShort: '重点领域', light: '灯',
    deadline: '整改时限', escalated: '挂牌督办', none: '暂无', filed: '问题总数', open: '未销号', closed: '已销号',
    overdue: '超期', red: '红灯', yellow: '黄灯', green: '绿灯', completionRate: '整改完成率', onTimeRate: '按期完成率',
    overdueRate: '超期率', unansweredUrges: '未回复督促', relapses: '回头看反弹', measures: '整改措施完成',
    meanDaysToClose: '平均销号天数', medianDaysToClose: '销号天数中位数', days: '天',
    CASE_FILING: '立案', PETITIONS: '信访', ENFORCEMENT: '执行', RED: '红', YELLOW: '黄', GREEN: '绿',
    weekOf: '周', seriesFiled: '新增', seriesClosed: '销号', seriesOverdue: '超期', seriesEscalated: '挂牌督办'
  },
  en: {
    title: 'Rectification ledger · Steering board', switchLanguage: '中文', logout: 'Sign out', tokenLabel: 'Dashboard token',
    open: 'Open the board', tokenHint: 'The token stays in this browser tab only (sessionStorage); #token=… in the address works too.',
    badToken: 'The token is not valid or has expired; enter it again.', failed: 'Could not load the data: ',
    updated: 'Updated ', keyAreas: 'Key areas (case filing, petitions, enforcement)',
    escalatedFirst: 'Escalated and key-area problems', units: 'Units', trends: 'Weekly trends', ledgerNumber: 'Ledger no.',
    unit: 'Unit', problem: 'Problem', keyAreasShort: 'Key areas', light: 'Light', deadline: 'Deadline',
    escalated: 'Escalated', none: 'None', filed: 'Filed', open: 'Open', closed: 'Closed', overdue: 'Overdue', red: 'Red',
    yellow: 'Yellow', green: 'Green', completionRate: 'Completion rate', onTimeRate: 'On-time rate',
    overdueRate: 'Overdue rate', unansweredUrges: 'Unanswered urges', relapses: 'Relapses', measures: 'Measures done',
    meanDaysToClose: 'Mean days to close', medianDaysToClose: 'Median days to close', days: 'days',
    CASE_FILING: 'Case filing', PETITIONS: 'Petitions', ENFORCEMENT: 'Enforcement', RED: 'Red', YELLOW: 'Yellow',
    GREEN: 'Green', weekOf: 'Week', seriesFiled: 'Filed', seriesClosed: 'Closed', seriesOverdue: 'Overdue',
    seriesEscalated: 'Escalated'
  }
};
