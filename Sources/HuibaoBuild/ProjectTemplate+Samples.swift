extension ProjectTemplate {
    static let sampleActivityTitle = "律师进企业开展法律咨询（示例）"
    static let sampleArticleTitle = "职工法律服务走进企业（示例）"

    /// A write-up dated today showing every key, counting toward one indicator.
    static func sampleActivity(_ d: Dates, category: String = "维权服务", indicator: String = "legal_consult") -> String {
        """
        ---
        # 活动记录：两行 --- 之间是活动信息，下面是正文。新建一篇用：huibao new activity "标题" --category 类别
        标题: \(sampleActivityTitle)
        日期: \(d.today.isoText)                # 活动当天的日期，决定计入哪个月
        服务类别: \(NewContentFile.yamlText(category))              # indicators.yml 里的类别名称
        指标:                          # 本次活动完成的指标：编号或名称，冒号，数量（前面空两格）
          \(indicator): 1
        地点: 示例科技有限公司会议室
        参与人数: 30
        服务企业:
          - 示例科技有限公司
        工作人员:                      # 每人一行，名字要和花名册（ledgers/staff.csv）一致
          - 张示例
          - 李示例
        标签: [法律咨询, 劳动合同]
        # 草稿: 是                     # 写“是”则不发布、不计入指标
        # 内部: 是                     # 写“是”则对外公开版不显示正文，只计入统计
        # 网址: 2026-01/lawyer          # 网页地址（一般不用写）
        # 佐证材料:                     # 证明这次活动的文件，按种类写；文件放在本文件旁边或 assets/ 下
        #   签到表: 签到表.jpg
        #   照片: [现场1.jpg, 现场2.jpg]
        # 报告照片: 现场1.jpg             # 月报里放的照片；不写则用正文第一张图片，或佐证材料里的第一张照片
        ---

        这是一篇示例活动记录，可以照着它的格式写，不需要时删除这个文件。

        ## 活动内容

        律师为企业职工讲解劳动合同签订、加班费计算等常见问题，并现场解答职工咨询。

        ## 活动成效

        - 发放宣传资料 50 份
        - 现场解答咨询 12 人次

        照片放在 Content/assets/ 文件夹，用 `![说明](assets/照片.jpg)` 插入。

        """
    }

    /// A draft article with its outlets shown as a comment.
    static func sampleArticle(_ d: Dates) -> String {
        """
        ---
        # 宣传稿件：报送前状态写 草稿/待审/已审；报送后改为 已报送，并填写报送渠道；刊发后改为 已刊发
        标题: \(sampleArticleTitle)
        日期: \(d.today.isoText)
        作者: 张示例
        状态: 草稿                     # 草稿 → 待审 → 已审 → 已报送 → 已刊发
        报送渠道:                      # 报送后填写，每个渠道一项，例如：
        #  - 名称: 区总工会微信公众号
        #    报送日期: \(d.today.isoText)
        #    刊发日期: \(d.today.isoText)
        #    链接: https://mp.weixin.qq.com/s/示例
        ---

        这是一篇示例宣传稿件。写好后可以用 huibao wechat 转成公众号格式：

        huibao wechat 稿件文件.md --output 稿件.html

        然后用浏览器打开 稿件.html，点“复制”，粘贴到公众号编辑器。

        """
    }
}
